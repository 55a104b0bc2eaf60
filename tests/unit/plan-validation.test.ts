import { describe, expect, it } from "vitest";
import * as rules from "../../lib/domain/plan-validation";
import { checkAreaPoints, type DraftArea, type DraftTarget } from "../../lib/domain/plan-validation";
import { zh } from "../factories/zh-text";

// the rules give catalogue messages; these tests read them in Chinese
const windowProblem = (...a: Parameters<typeof rules.windowProblem>) => zh(rules.windowProblem(...a));
const ownersProblem = (...a: Parameters<typeof rules.ownersProblem>) => zh(rules.ownersProblem(...a));
const measureProblems = (...a: Parameters<typeof rules.measureProblems>) => zh(rules.measureProblems(...a));
const validatePlanDraft = <R>(areas: readonly DraftArea<R>[]) => zh(rules.validatePlanDraft(areas));

const target = (ref: number, overrides: Partial<DraftTarget<number>> = {}): DraftTarget<number> => ({
  ref,
  code: `T${ref}`,
  startMonth: 3,
  endMonth: 10,
  owners: ["高新办"],
  unassigned: false,
  pointsOverride: null,
  ...overrides,
});
const area = (targets: DraftTarget<number>[], overrides: Partial<DraftArea<number>> = {}): DraftArea<number> => ({
  code: "A",
  name: "高新技术产业发展",
  points: 100,
  targets,
  ...overrides,
});

describe("windowProblem", () => {
  it("accepts 1–12 with start ≤ end, a single month, and no window at all (未指定)", () => {
    expect(windowProblem(1, 12)).toBeNull();
    expect(windowProblem(12, 12)).toBeNull();
    expect(windowProblem(null, null)).toBeNull();
  });
  it("refuses months outside 1–12 and fractions", () => {
    expect(windowProblem(0, 5)).toMatch(/1–12/);
    expect(windowProblem(3, 13)).toMatch(/1–12/);
    expect(windowProblem(2.5, 4)).toMatch(/整数/);
  });
  it("refuses a window that ends before it starts, naming both months", () => {
    expect(windowProblem(10, 3)).toBe("开始月（10月）不能晚于结束月（3月）");
  });
  it("refuses one month without the other", () => {
    expect(windowProblem(3, null)).toMatch(/同时填写/);
    expect(windowProblem(null, 9)).toMatch(/同时填写/);
  });
});

describe("ownersProblem", () => {
  it("wants at least one owner unless 未指定 is chosen on purpose", () => {
    expect(ownersProblem(["高新办"], false)).toBeNull();
    expect(ownersProblem([], true)).toBeNull();
    expect(ownersProblem([], false)).toMatch(/未指定/);
  });
  it("refuses owners together with 未指定, and the same section twice", () => {
    expect(ownersProblem(["高新办"], true)).toMatch(/不能同时/);
    expect(ownersProblem(["高新办", "高新办"], false)).toBe("责任科室「高新办」重复");
  });
});

describe("measureProblems", () => {
  it("wants a positive target for counts, amounts and growth, whole for counts", () => {
    expect(measureProblems({ kind: "COUNT", targetValue: 4, baselineValue: null })).toEqual([]);
    expect(measureProblems({ kind: "COUNT", targetValue: null, baselineValue: null })[0].message).toBe("请填写目标值");
    expect(measureProblems({ kind: "COUNT", targetValue: 2.5, baselineValue: null })[0].message).toMatch(/整数/);
    expect(measureProblems({ kind: "AMOUNT", targetValue: -1, baselineValue: null })[0].message).toMatch(/正数/);
    expect(measureProblems({ kind: "GROWTH_PCT", targetValue: null, baselineValue: null })[0].message).toMatch(/增幅/);
  });
  it("milestones and declarations carry no target value; only growth targets a baseline", () => {
    expect(measureProblems({ kind: "MILESTONE", targetValue: null, baselineValue: null })).toEqual([]);
    expect(measureProblems({ kind: "DECLARATION", targetValue: 1, baselineValue: null })[0].field).toBe("targetValue");
    expect(measureProblems({ kind: "COUNT", targetValue: 4, baselineValue: 3 })[0].field).toBe("baselineValue");
    expect(measureProblems({ kind: "GROWTH_PCT", targetValue: 10, baselineValue: 120 })).toEqual([]);
  });
});

describe("checkAreaPoints (reuses splitAreaPoints + pointsSumMatches)", () => {
  it("is fine when no target has points (equal shares) or when given points leave a share for the rest", () => {
    expect(
      checkAreaPoints(100, [
        { id: "a", pointsOverride: null },
        { id: "b", pointsOverride: null },
      ]).ok,
    ).toBe(true);
    expect(
      checkAreaPoints(100, [
        { id: "a", pointsOverride: 40 },
        { id: "b", pointsOverride: null },
      ]).ok,
    ).toBe(true);
  });
  it("wants points given on every target to add up to the area", () => {
    expect(
      checkAreaPoints(100, [
        { id: "a", pointsOverride: 60 },
        { id: "b", pointsOverride: 40 },
      ]).ok,
    ).toBe(true);
    expect(
      checkAreaPoints(100, [
        { id: "a", pointsOverride: 60 },
        { id: "b", pointsOverride: 30 },
      ]),
    ).toMatchObject({ ok: false, sum: 90 });
  });
  it("refuses given points that exceed the area even with targets left to share", () => {
    expect(
      checkAreaPoints(100, [
        { id: "a", pointsOverride: 120 },
        { id: "b", pointsOverride: null },
      ]),
    ).toMatchObject({ ok: false, sum: 120 });
  });
  it("tolerates float error: three thirds of 100", () => {
    expect(
      checkAreaPoints(
        100,
        [1, 2, 3].map((i) => ({ id: String(i), pointsOverride: 100 / 3 })),
      ).ok,
    ).toBe(true);
  });
});

describe("validatePlanDraft", () => {
  it("finds nothing wrong with a sound plan", () => {
    expect(validatePlanDraft([area([target(2), target(3, { owners: [], unassigned: true, startMonth: null, endMonth: null })])])).toEqual(
      [],
    );
  });
  it("reports every problem with the references of the targets concerned", () => {
    const issues = validatePlanDraft([
      area([target(2, { startMonth: 11, endMonth: 4 }), target(3, { owners: [] }), target(4, { code: "T2" })]),
    ]);
    expect(issues.map((i) => [i.field, i.refs])).toEqual([
      ["window", [2]],
      ["code", [2]],
      ["owners", [3]],
      ["code", [4]],
    ]);
  });
  it("names the area and both sums when points do not add up, referring to the targets with points", () => {
    const [issue] = validatePlanDraft([area([target(2, { pointsOverride: 70 }), target(3, { pointsOverride: 20 })])]);
    expect(issue).toMatchObject({ field: "points", refs: [2, 3], areaCode: "A" });
    expect(issue.message).toBe("领域「高新技术产业发展」各指标分值之和为 90 分，应等于领域分值 100 分");
  });
  it("finds codes repeated across areas and areas without targets or points", () => {
    const issues = validatePlanDraft([
      area([target(2)]),
      area([target(3, { code: "T2" })], { code: "B", name: "创新能力建设" }),
      area([], { code: "C", name: "空领域" }),
      area([target(5)], { code: "D", name: "零分领域", points: 0 }),
    ]);
    expect(issues.filter((i) => i.field === "code").map((i) => i.refs[0])).toEqual([2, 3]);
    expect(issues.find((i) => i.field === "area")?.message).toBe("领域「空领域」至少要有一项指标");
    expect(issues.find((i) => i.field === "areaPoints")?.areaCode).toBe("D");
  });
  it("finds repeated area codes", () => {
    const issues = validatePlanDraft([area([target(2)]), area([target(3)])]);
    expect(issues.filter((i) => i.field === "areaCode")).toHaveLength(2);
  });
});
