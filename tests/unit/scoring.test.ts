import { describe, expect, it } from "vitest";
import { completionRatio } from "../../lib/domain/completion";
import {
  adjustmentNeedsReason,
  checkAreaWeights,
  computeScore,
  defaultScoringRule,
  effectiveScoreFloor,
  effectiveScoringRule,
  finalScore,
  roundScore,
  scoreTotals,
  type ScoreInput,
} from "../../lib/domain/scoring";

const proportional = (ratio: number | null, points = 50, floor = 0.6): ScoreInput => ({
  rule: "PROPORTIONAL",
  points,
  ratio,
  floor,
  declaredScore: null,
});

describe("default scoring rule by kind", () => {
  it("scores counts, amounts and growth proportionally, milestones all-or-nothing, declarations as declared", () => {
    expect(defaultScoringRule("COUNT")).toBe("PROPORTIONAL");
    expect(defaultScoringRule("AMOUNT")).toBe("PROPORTIONAL");
    expect(defaultScoringRule("GROWTH_PCT")).toBe("PROPORTIONAL");
    expect(defaultScoringRule("MILESTONE")).toBe("ALL_OR_NOTHING");
    expect(defaultScoringRule("DECLARATION")).toBe("DECLARATION");
  });
  it("uses the target's own rule when set, the default when null or unknown", () => {
    expect(effectiveScoringRule("COUNT", "ALL_OR_NOTHING")).toBe("ALL_OR_NOTHING");
    expect(effectiveScoringRule("COUNT", null)).toBe("PROPORTIONAL");
    expect(effectiveScoringRule("MILESTONE", "BOGUS")).toBe("ALL_OR_NOTHING");
  });
  it("takes the target's floor over the plan's", () => {
    expect(effectiveScoreFloor(0.6, null)).toBe(0.6);
    expect(effectiveScoreFloor(0.6, 0.5)).toBe(0.5);
    expect(effectiveScoreFloor(0.6, 0)).toBe(0);
  });
});

describe("PROPORTIONAL", () => {
  it("gives full points at exactly 100%", () => {
    expect(computeScore(proportional(1))).toEqual({ score: 50, basis: "FULL", pending: false });
  });
  it("caps over-fulfilment at full points (3950 of 3800 万元 → 40, not 41.6)", () => {
    expect(computeScore(proportional(3950 / 3800, 40))).toEqual({ score: 40, basis: "FULL", pending: false });
  });
  it("treats a target met on paper but not in binary floating point as reached (10% growth on 62 → 68.2)", () => {
    const ratio = completionRatio({ kind: "GROWTH_PCT", targetValue: 10, baselineValue: 62 }, 68.2)!;
    expect(ratio).not.toBe(1);
    expect(computeScore(proportional(ratio)).score).toBe(50);
  });
  it("scores points × completion between the floor and 100% (4 of 5 = 80% → 16.67 × 0.8)", () => {
    const s = computeScore(proportional(4 / 5, 100 / 6));
    expect(s.basis).toBe("PROPORTIONAL");
    expect(s.score).toBeCloseTo((100 / 6) * 0.8, 12);
    expect(roundScore(s.score)).toBe(13.33);
  });
  it("scores exactly on the floor (3 of 5 = 60% with a 60% floor → 60% of the points)", () => {
    expect(computeScore(proportional(3 / 5))).toEqual({ score: 30, basis: "PROPORTIONAL", pending: false });
  });
  it("scores 0 just below the floor (59.9%), and at 1 of 2 = 50%", () => {
    expect(computeScore(proportional(0.599))).toEqual({ score: 0, basis: "BELOW_FLOOR", pending: false });
    expect(computeScore(proportional(1 / 2))).toEqual({ score: 0, basis: "BELOW_FLOOR", pending: false });
  });
  it("scores 0 without a value (or an incomputable ratio), and for negative growth", () => {
    expect(computeScore(proportional(null))).toEqual({ score: 0, basis: "NO_VALUE", pending: false });
    expect(computeScore(proportional(-0.2, 50, 0))).toEqual({ score: 0, basis: "BELOW_FLOOR", pending: false });
  });
  it("honours a floor of 0: any completion scores proportionally", () => {
    expect(computeScore(proportional(0.25, 40, 0)).score).toBe(10);
  });
});

describe("ALL_OR_NOTHING", () => {
  const milestone = (ratio: number | null): ScoreInput => ({
    rule: "ALL_OR_NOTHING",
    points: 100 / 3,
    ratio,
    floor: 0.6,
    declaredScore: null,
  });
  it("gives full points when the milestone is done", () => {
    expect(computeScore(milestone(1))).toEqual({ score: 100 / 3, basis: "FULL", pending: false });
  });
  it("gives 0 when reported not done, or when nothing was reported", () => {
    expect(computeScore(milestone(0))).toEqual({ score: 0, basis: "NOT_DONE", pending: false });
    expect(computeScore(milestone(null))).toEqual({ score: 0, basis: "NO_VALUE", pending: false });
  });
  it("gives 0 to a count configured all-or-nothing that reached 80%", () => {
    expect(computeScore(milestone(0.8)).score).toBe(0);
  });
});

describe("DECLARATION", () => {
  const declared = (declaredScore: number | null): ScoreInput => ({
    rule: "DECLARATION",
    points: 80,
    ratio: null,
    floor: 0.6,
    declaredScore,
  });
  it("is 0 and pending until declared", () => {
    expect(computeScore(declared(null))).toEqual({ score: 0, basis: "NOT_DECLARED", pending: true });
  });
  it("takes the declared score", () => {
    expect(computeScore(declared(72.5))).toEqual({ score: 72.5, basis: "DECLARED", pending: false });
    expect(computeScore(declared(0))).toEqual({ score: 0, basis: "DECLARED", pending: false });
  });
  it("clamps a declared score over the maximum to the points, and a negative one to 0", () => {
    expect(computeScore(declared(95)).score).toBe(80);
    expect(computeScore(declared(-5)).score).toBe(0);
  });
});

describe("final score", () => {
  it("is the adjusted score when set, else the computed one", () => {
    expect(finalScore(47.368, null, 50)).toBe(47.368);
    expect(finalScore(47.368, 45, 50)).toBe(45);
    expect(finalScore(47.368, 0, 50)).toBe(0);
  });
  it("clamps an adjustment to the target's points", () => {
    expect(finalScore(10, 60, 50)).toBe(50);
  });
  it("needs a reason when it differs from the computed score as displayed, or clears an adjustment", () => {
    expect(adjustmentNeedsReason(13.3333333, null, 12)).toBe(true);
    expect(adjustmentNeedsReason(13.3333333, null, 13.33)).toBe(false);
    expect(adjustmentNeedsReason(13.3333333, 12, null)).toBe(true);
    expect(adjustmentNeedsReason(13.3333333, null, null)).toBe(false);
  });
});

describe("roundScore", () => {
  it("rounds to two decimals without float surprises", () => {
    expect(roundScore(100 / 6)).toBe(16.67);
    expect(roundScore(1.005)).toBe(1.01);
    expect(roundScore(47.36842105263158)).toBe(47.37);
  });
});

describe("scoreTotals", () => {
  const areas = [
    { id: "a", category: "WORK" as const, points: 100 },
    { id: "b", category: "WORK" as const, points: 80 },
    { id: "f", category: "FUNDING" as const, points: 200 },
  ];
  it("sums per area, for work, funding and overall over exact scores", () => {
    // six targets of 100/6 each, all full: 100 exactly, not 99.99999999999999 or 6 × 16.67 = 100.02
    const six = Array.from({ length: 6 }, () => ({ areaId: "a", computed: 100 / 6, final: 100 / 6, pending: false }));
    const totals = scoreTotals(areas, [
      ...six,
      { areaId: "b", computed: 0, final: 70, pending: true },
      { areaId: "f", computed: 40 * (905 / 920), final: 40 * (905 / 920), pending: false },
      { areaId: "f", computed: 40, final: 40, pending: false },
    ]);
    expect(totals.byArea.get("a")).toEqual({ points: 100, computed: 100, final: 100, pending: 0 });
    expect(totals.byArea.get("b")).toEqual({ points: 80, computed: 0, final: 70, pending: 1 });
    expect(totals.work).toEqual({ points: 180, computed: 100, final: 170, pending: 1 });
    expect(totals.funding.points).toBe(200);
    expect(totals.funding.computed).toBeCloseTo(79.347826, 6);
    expect(totals.overall.points).toBe(380);
    expect(totals.overall.final).toBeCloseTo(170 + 79.347826, 6);
  });
  it("gives empty areas a zero subtotal", () => {
    expect(scoreTotals(areas, []).overall).toEqual({ points: 380, computed: 0, final: 0, pending: 0 });
  });
});

describe("checkAreaWeights", () => {
  const free = (id: string) => ({ id, pointsOverride: null });
  it("accepts equal shares and overrides that add up to the area", () => {
    expect(checkAreaWeights(100, ["a", "b", "c", "d", "e", "f"].map(free))).toEqual({ ok: true, sum: 100, areaPoints: 100 });
    expect(checkAreaWeights(100, [{ id: "a", pointsOverride: 40 }, free("b"), free("c")]).ok).toBe(true);
    expect(
      checkAreaWeights(100, [
        { id: "a", pointsOverride: 60 },
        { id: "b", pointsOverride: 40 },
      ]).ok,
    ).toBe(true);
  });
  it("refuses overrides that fall short of or exceed the area", () => {
    expect(
      checkAreaWeights(100, [
        { id: "a", pointsOverride: 60 },
        { id: "b", pointsOverride: 30 },
      ]),
    ).toEqual({ ok: false, sum: 90, areaPoints: 100 });
    expect(checkAreaWeights(100, [{ id: "a", pointsOverride: 70 }, { id: "b", pointsOverride: 50 }, free("c")])).toEqual({
      ok: false,
      sum: 120,
      areaPoints: 100,
    });
  });
});
