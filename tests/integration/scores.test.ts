// Year-end scoring on the seeded 2013 plan with its demo reports: the totals are worked out by hand below
// from prisma/seed-data/demo-2013.ts; declared and adjusted scores, configuration, refusals that write
// nothing, audit rows, and the exports (XLSX opened with ExcelJS, CSV with its BOM).
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportScores } from "../../app/api/plans/[planId]/scores/route";
import { openSession, SESSION_COOKIE } from "../../lib/server/auth/session";
import { db } from "../../lib/server/db";
import { isoToDbDate } from "../../lib/server/db-dates";
import { scoreWorkbook } from "../../lib/server/export/score-workbook";
import { findScoreSheet } from "../../lib/server/scores/find-score-sheet";
import { loadPlan } from "../../lib/server/seed/load-plan";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { makePlanSeed } from "../factories/plan-factory";
import { asLoaded, countQueries, gql, userNamed } from "./harness";

const SHEET = `
  query S($planId: ID!, $asOf: Date) {
    scoreSheet(planId: $planId, asOf: $asOf) {
      asOf scoreFloor viewerCanScore
      work { points computedScore finalScore pending }
      funding { points computedScore finalScore pending }
      overall { points computedScore finalScore pending }
      areas {
        name category points pointsSum weightsValid
        subtotal { points computedScore finalScore pending }
        rows {
          rule floor points computedScore basis pending declaredScore adjustedScore finalScore reason version
          updatedBy { username }
          progress { value ratio target { id code owners { name } window { start end } } }
        }
      }
    }
  }`;
const DECLARE = `mutation ($i: SetDeclaredScoreInput!) { setDeclaredScore(input: $i) { computedScore finalScore declaredScore pending version basis } }`;
const ADJUST = `mutation ($i: AdjustScoreInput!) { adjustScore(input: $i) { computedScore adjustedScore finalScore reason version updatedBy { username } } }`;
const CONFIGURE = `mutation ($i: ConfigureScoringInput!) {
  configureScoring(input: $i) { scoreFloor work { computedScore } overall { computedScore } areas { name pointsSum weightsValid rows { points floor rule computedScore progress { target { code } } } } }
}`;

interface Total {
  points: number;
  computedScore: number;
  finalScore: number;
  pending: number;
}
interface Row {
  rule: string;
  floor: number;
  points: number;
  computedScore: number;
  basis: string;
  pending: boolean;
  declaredScore: number | null;
  adjustedScore: number | null;
  finalScore: number;
  reason: string | null;
  version: number;
  progress: { value: number | null; ratio: number | null; target: { id: string; code: string } };
}
interface Sheet {
  asOf: string;
  scoreFloor: number;
  viewerCanScore: boolean;
  work: Total;
  funding: Total;
  overall: Total;
  areas: { name: string; points: number; pointsSum: number; weightsValid: boolean; subtotal: Total; rows: Row[] }[];
}

let planId: string;
let ids: Map<string, string>;
const INNOVATION = "二.(一).5"; // 创新创优 80 分, 年末申报
const PROJECTS = "二.(一).2.(1)②"; // 重点支持农业科技项目 5 个: 4 reported

async function sheet(username = "leader", asOf: string | null = null): Promise<Sheet> {
  const res = await gql<{ scoreSheet: Sheet }>(SHEET, { planId, asOf }, await userNamed(username));
  expect(res.errors).toBeUndefined();
  return res.data!.scoreSheet;
}
const rowOf = (s: Sheet, code: string) => s.areas.flatMap((a) => a.rows).find((r) => r.progress.target.code === code)!;
const area = (s: Sheet, name: string) => s.areas.find((a) => a.name === name)!;
const counts = async () => ({ scores: await db.targetScore.count(), audits: await db.auditLog.count() });

// ---- Worked by hand from prisma/seed-data/demo-2013.ts, as of 2013-12-31, plan floor 60% ----------------
// 高新技术产业发展 100 = 2 × 50
//   二.(一).1.(1) 高企: baseline 120 → 133 = +10.83% vs ≥10% → 108.3% ≥ 100% → 50
//   二.(一).1.(2) 产值: baseline 380 → 452 = +18.947% vs ≥20% → 72/76 = 94.74% → 50 × 72/76 = 47.368421
const HIGH_TECH = 50 + (50 * 72) / 76; // 97.368421
// 科技支撑农业与民生建设 100 = 6 × 100/6 (16.667)
//   2.(1)① 5/5 → 16.667 · 2.(1)② 4/5 = 80% ≥ 60% floor → 16.667 × 0.8 = 13.333 · 2.(2) 4/4 → 16.667
//   2.(3)① 3/3 → 16.667 · 2.(3)② 10/10 → 16.667 · 2.(3)③ 1/2 = 50% < 60% floor → 0
const AGRI = (100 / 6) * (1 + 0.8 + 1 + 1 + 1 + 0); // 80
// 创新能力建设 100 = 3 × 33.333: 3.(1) milestone done → 33.333 · 3.(2) 5/5 → 33.333 · 3.(3) 2/4 = 50% → 0
const CAPACITY = (100 / 3) * 2; // 66.667
// 产学研协同创新 100 = 3 × 33.333: 4.(1) 3/3 → 33.333 · 4.(2) 3/3 → 33.333 · 4.(3) 1/2 = 50% → 0
const COOPERATION = (100 / 3) * 2; // 66.667
// 创新创优 80: 年末申报, nothing declared yet → 0 (pending)
const WORK = HIGH_TECH + AGRI + CAPACITY + COOPERATION + 0; // 310.701754 of 480
// 科技投入与保障 200 = 5 × 40
//   1① 267.9/267.9 → 40 · 1② 905/920 = 98.37% → 40 × 905/920 = 39.347826 · 2 3950/3800 > 100% → 40 (capped)
//   3 4.5/4.3 亿元 → 40 · 4 1180/1100 → 40
const FUNDING = 40 + (40 * 905) / 920 + 40 + 40 + 40; // 199.347826 of 200
const OVERALL = WORK + FUNDING; // 510.049580 of 680

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  planId = seeded.loaded!.planId;
  ids = seeded.loaded!.targetIds;
});

describe("score sheet of the seeded 2013 plan", () => {
  it("matches the totals worked out by hand: work 310.70 / 480, funding 199.35 / 200, overall 510.05 / 680", async () => {
    const s = await sheet();
    expect(s.asOf).toBe("2013-12-31");
    expect(s.scoreFloor).toBe(0.6);
    expect(s.viewerCanScore).toBe(false); // the leader reads only
    expect(area(s, "高新技术产业发展").subtotal.computedScore).toBeCloseTo(HIGH_TECH, 6);
    expect(area(s, "科技支撑农业与民生建设").subtotal.computedScore).toBe(80); // exact: 6 × 100/6 rounded to 1e-6
    expect(area(s, "创新能力建设").subtotal.computedScore).toBeCloseTo(CAPACITY, 6);
    expect(area(s, "产学研协同创新").subtotal.computedScore).toBeCloseTo(COOPERATION, 6);
    expect(area(s, "创新创优").subtotal).toEqual({ points: 80, computedScore: 0, finalScore: 0, pending: 1 });
    expect(area(s, "科技投入与保障").subtotal.computedScore).toBeCloseTo(FUNDING, 6);
    expect(s.work).toMatchObject({ points: 480, pending: 1 });
    expect(s.work.computedScore).toBeCloseTo(WORK, 6);
    expect(s.work.computedScore.toFixed(2)).toBe("310.70");
    expect(s.funding.points).toBe(200);
    expect(s.funding.computedScore.toFixed(2)).toBe("199.35");
    expect(s.overall.points).toBe(680);
    expect(s.overall.computedScore).toBeCloseTo(OVERALL, 6);
    expect(s.overall.computedScore.toFixed(2)).toBe("510.05");
    expect(s.overall.finalScore).toBe(s.overall.computedScore);
  });

  it("explains each line: rule, floor, points and basis", async () => {
    const s = await sheet();
    expect(rowOf(s, PROJECTS)).toMatchObject({ rule: "PROPORTIONAL", floor: 0.6, basis: "PROPORTIONAL", version: 0 });
    expect(rowOf(s, PROJECTS).computedScore).toBeCloseTo((100 / 6) * 0.8, 9);
    expect(rowOf(s, "二.(一).2.(3)③")).toMatchObject({ basis: "BELOW_FLOOR", computedScore: 0 });
    expect(rowOf(s, "二.(一).3.(1)")).toMatchObject({ rule: "ALL_OR_NOTHING", basis: "FULL" });
    expect(rowOf(s, "二.(二).2")).toMatchObject({ basis: "FULL", computedScore: 40 }); // 104% capped
    expect(rowOf(s, INNOVATION)).toMatchObject({ rule: "DECLARATION", basis: "NOT_DECLARED", pending: true, points: 80 });
  });

  it("evaluates at another date when asked (30 Sep: fewer points)", async () => {
    const s = await sheet("leader", "2013-09-30");
    expect(s.asOf).toBe("2013-09-30");
    // 二.(一).2.(1)② had 4 of 5 on 28 Sep already; 二.(一).2.(3)② had 6 of 10 → exactly on the 60% floor
    expect(rowOf(s, "二.(一).2.(3)②").computedScore).toBeCloseTo((100 / 6) * 0.6, 9);
    expect(s.overall.computedScore).toBeLessThan(OVERALL);
  });

  it("costs the same number of SQL statements for 20 and 200 targets", async () => {
    // A county under 益阳, so the city's leader may read it (unit scope).
    const seed = makePlanSeed({ targetCount: 200, areaCount: 8 });
    const big = await loadPlan(db, { ...seed, unit: { name: "测试县科技局", level: "COUNTY", region: null, parentName: "益阳市科技局" } });
    const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
    await db.progressEntry.createMany({
      data: [...big.targetIds.values()].map((targetId) => ({
        targetId,
        value: 2,
        reportedFor: isoToDbDate("2014-06-30"),
        reportedById: admin.id,
      })),
    });
    const leader = await userNamed("leader");
    const small = await countQueries(() => gql(SHEET, { planId }, leader));
    const large = await countQueries(() => gql(SHEET, { planId: big.planId }, leader));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    expect(large.queries).toBe(small.queries);
  });
});

describe("declared score (创新创优)", () => {
  it("refuses a score over the target's 80 points, and on a target not scored by declaration; nothing is written", async () => {
    const assessor = await userNamed("assessor");
    const before = await counts();
    const over = await gql(DECLARE, { i: await asLoaded({ targetId: ids.get(INNOVATION), declaredScore: 81 }, "score") }, assessor);
    expect(over.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(over.errors?.[0].message).toMatch(/不能超过该指标的分值 80 分/);
    const negative = await gql(DECLARE, { i: await asLoaded({ targetId: ids.get(INNOVATION), declaredScore: -1 }, "score") }, assessor);
    expect(negative.errors?.[0].message).toMatch(/不能为负数/);
    const wrongRule = await gql(DECLARE, { i: await asLoaded({ targetId: ids.get(PROJECTS), declaredScore: 10 }, "score") }, assessor);
    expect(wrongRule.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(wrongRule.errors?.[0].message).toMatch(/不按年末申报计分/);
    expect(await counts()).toEqual(before);
  });

  it("is entered by the assessor, counts in work and overall, and is audited old → new", async () => {
    const assessor = await userNamed("assessor");
    const before = await counts();
    const res = await gql<{ setDeclaredScore: Row }>(
      DECLARE,
      { i: { targetId: ids.get(INNOVATION), declaredScore: 72, expectedVersion: 0 } },
      assessor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.setDeclaredScore).toMatchObject({
      declaredScore: 72,
      computedScore: 72,
      finalScore: 72,
      pending: false,
      version: 1,
      basis: "DECLARED",
    });
    expect(await counts()).toEqual({ scores: before.scores + 1, audits: before.audits + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "SET_DECLARED_SCORE" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ userId: assessor.id, entityType: "TargetScore", targetId: ids.get(INNOVATION) });
    expect(JSON.parse(audit.before!)).toEqual({ declaredScore: null, version: 0 });
    expect(JSON.parse(audit.after!)).toEqual({ declaredScore: 72, version: 1 });

    const s = await sheet();
    // work 310.701754 + 72 = 382.701754 of 480; overall 510.049580 + 72 = 582.049580 of 680
    expect(s.work.computedScore).toBeCloseTo(WORK + 72, 6);
    expect(s.work.pending).toBe(0);
    expect(s.overall.finalScore).toBeCloseTo(OVERALL + 72, 6);
    expect(s.overall.finalScore.toFixed(2)).toBe("582.05");
  });

  it("answers a stale version with CONFLICT and writes nothing", async () => {
    const before = await counts();
    const res = await gql(
      DECLARE,
      { i: { targetId: ids.get(INNOVATION), declaredScore: 70, expectedVersion: 0 } },
      await userNamed("admin"),
    );
    expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(res.errors?.[0].message).toMatch(/演示考核组/);
    expect(await counts()).toEqual(before);
  });
});

describe("adjusted score", () => {
  it("refuses a final score differing from the computed one without a reason; nothing is written", async () => {
    const before = await counts();
    const assessor = await userNamed("assessor");
    for (const reason of [undefined, "", "   "]) {
      const res = await gql(ADJUST, { i: await asLoaded({ targetId: ids.get(PROJECTS), adjustedScore: 15, reason }, "score") }, assessor);
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message).toBe("调整后得分 15 与计算得分 13.33 不同，请填写调整原因");
    }
    const tooHigh = await gql(
      ADJUST,
      { i: await asLoaded({ targetId: ids.get(PROJECTS), adjustedScore: 17, reason: "超过分值" }, "score") },
      assessor,
    );
    expect(tooHigh.errors?.[0].message).toMatch(/不能超过该指标的分值 16.67 分/);
    const nothingToClear = await gql(
      ADJUST,
      { i: await asLoaded({ targetId: ids.get(PROJECTS), adjustedScore: null, reason: "清除" }, "score") },
      assessor,
    );
    expect(nothingToClear.errors?.[0].message).toMatch(/没有调整得分/);
    expect(await counts()).toEqual(before);
    expect(rowOf(await sheet(), PROJECTS).adjustedScore).toBeNull();
  });

  it("accepts it with a reason: final score, totals and an audit row with the reason change", async () => {
    const assessor = await userNamed("assessor");
    const before = await counts();
    const reason = "第五个项目12月已立项，材料齐全，按完成认定";
    const res = await gql<{ adjustScore: Row & { updatedBy: { username: string } } }>(
      ADJUST,
      { i: { targetId: ids.get(PROJECTS), adjustedScore: 100 / 6, reason, expectedVersion: 0 } },
      assessor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.adjustScore).toMatchObject({
      adjustedScore: 100 / 6,
      finalScore: 100 / 6,
      reason,
      version: 1,
      updatedBy: { username: "assessor" },
    });
    expect(res.data!.adjustScore.computedScore).toBeCloseTo((100 / 6) * 0.8, 9);
    expect(await counts()).toEqual({ scores: before.scores + 1, audits: before.audits + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ADJUST_SCORE" }, orderBy: { at: "desc" } });
    expect(audit.reason).toBe(reason);
    expect(JSON.parse(audit.before!)).toMatchObject({ adjustedScore: null, reason: null, version: 0 });
    expect(JSON.parse(audit.after!)).toMatchObject({ adjustedScore: 100 / 6, reason, version: 1 });

    const s = await sheet();
    // 科技支撑农业与民生建设: computed stays 80; final 80 − 13.333 + 16.667 = 83.333
    expect(area(s, "科技支撑农业与民生建设").subtotal.computedScore).toBe(80);
    expect(area(s, "科技支撑农业与民生建设").subtotal.finalScore).toBeCloseTo(80 + (100 / 6) * 0.2, 6);
    // overall final: 510.049580 + 72 (declared) + 3.333333 = 585.382913 of 680
    expect(s.overall.computedScore).toBeCloseTo(OVERALL + 72, 6);
    expect(s.overall.finalScore).toBeCloseTo(OVERALL + 72 + (100 / 6) * 0.2, 6);
  });

  it("needs a reason to clear the adjustment too", async () => {
    const assessor = await userNamed("assessor");
    const before = await counts();
    const refused = await gql(ADJUST, { i: await asLoaded({ targetId: ids.get(PROJECTS), adjustedScore: null }, "score") }, assessor);
    expect(refused.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0].message).toBe("清除调整得分也需填写原因");
    expect(await counts()).toEqual(before);
    const cleared = await gql<{ adjustScore: Row }>(
      ADJUST,
      { i: { targetId: ids.get(PROJECTS), adjustedScore: null, reason: "复核后按实际完成计分", expectedVersion: 1 } },
      assessor,
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.adjustScore).toMatchObject({ adjustedScore: null, reason: null, version: 2 });
    expect(cleared.data!.adjustScore.finalScore).toBeCloseTo((100 / 6) * 0.8, 9);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ADJUST_SCORE" }, orderBy: { at: "desc" } });
    expect(audit.reason).toBe("复核后按实际完成计分");
  });

  it("accepts confirming the computed score (as displayed) without a reason", async () => {
    const res = await gql<{ adjustScore: Row }>(
      ADJUST,
      { i: await asLoaded({ targetId: ids.get("二.(一).1.(2)"), adjustedScore: 47.37 }, "score") },
      await userNamed("admin"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.adjustScore.finalScore).toBe(47.37);
  });

  it("answers a stale version with CONFLICT and writes nothing", async () => {
    const before = await counts();
    const res = await gql(
      ADJUST,
      { i: { targetId: ids.get(PROJECTS), adjustedScore: 15, reason: "过期页面", expectedVersion: 1 } },
      await userNamed("assessor"),
    );
    expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await counts()).toEqual(before);
  });
});

describe("who may score", () => {
  for (const username of ["jihua", "leader"]) {
    it(`refuses ${username} with FORBIDDEN on every scoring mutation and writes nothing`, async () => {
      const user = await userNamed(username);
      const before = await counts();
      const floor = (await db.plan.findUniqueOrThrow({ where: { id: planId } })).scoreFloor;
      for (const [query, vars] of [
        [DECLARE, { i: await asLoaded({ targetId: ids.get(INNOVATION), declaredScore: 10 }, "score") }],
        [ADJUST, { i: await asLoaded({ targetId: ids.get("二.(一).3.(3)"), adjustedScore: 10, reason: "科室自评" }, "score") }],
        [CONFIGURE, { i: { planId, scoreFloor: 0.1 } }],
      ] as const) {
        const res = await gql(query, vars, user);
        expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      }
      expect(await counts()).toEqual(before);
      expect((await db.plan.findUniqueOrThrow({ where: { id: planId } })).scoreFloor).toBe(floor);
    });
  }

  it("lets the section head read the sheet", async () => {
    expect((await sheet("jihua")).viewerCanScore).toBe(false);
    expect((await sheet("assessor")).viewerCanScore).toBe(true);
  });
});

describe("configureScoring", () => {
  it("refuses per-target points that do not add up to the area, naming the area and both sums; nothing is written", async () => {
    const before = await counts();
    const res = await gql(
      CONFIGURE,
      {
        i: {
          planId,
          targets: [
            { targetId: ids.get("二.(一).1.(1)"), pointsOverride: 60 },
            { targetId: ids.get("二.(一).1.(2)"), pointsOverride: 30 },
          ],
        },
      },
      await userNamed("assessor"),
    );
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toBe("「高新技术产业发展」各指标分值之和为 90 分，应等于该领域的 100 分");
    expect(await counts()).toEqual(before);
    const t = await db.target.findUniqueOrThrow({ where: { id: ids.get("二.(一).1.(1)") } });
    expect(t.pointsOverride).toBeNull();
  });

  it("refuses a floor outside 0–100%", async () => {
    const res = await gql(CONFIGURE, { i: { planId, scoreFloor: 1.5 } }, await userNamed("assessor"));
    expect(res.errors?.[0].message).toMatch(/0% 到 100%/);
  });

  it("applies points, rule and floors, rescoring the sheet, with one audit row old → new", async () => {
    const before = await counts();
    const res = await gql<{ configureScoring: Sheet }>(
      CONFIGURE,
      {
        i: {
          planId,
          scoreFloor: 0.5,
          targets: [
            { targetId: ids.get("二.(一).1.(1)"), pointsOverride: 60 },
            { targetId: ids.get("二.(一).1.(2)"), pointsOverride: 40 },
            { targetId: ids.get("二.(一).3.(3)"), scoringRule: "ALL_OR_NOTHING" },
            { targetId: ids.get("二.(一).4.(3)"), scoreFloor: 0.6 },
          ],
        },
      },
      await userNamed("assessor"),
    );
    expect(res.errors).toBeUndefined();
    const s = res.data!.configureScoring;
    expect(s.scoreFloor).toBe(0.5);
    const row = (code: string) =>
      s.areas
        .flatMap((a) => a.rows)
        .find((r) => (r as unknown as { progress: { target: { code: string } } }).progress.target.code === code)!;
    // 高新: 60 (reached) + 40 × 72/76 = 97.894737
    expect(s.areas[0]).toMatchObject({ pointsSum: 100, weightsValid: true });
    expect(row("二.(一).1.(2)").computedScore).toBeCloseTo((40 * 72) / 76, 9);
    // floor 50%: 2.(3)③ 1/2 = 50% now scores 16.667 × 0.5; 3.(3) 2/4 all-or-nothing → still 0; 4.(3) keeps 60% → 0
    expect(row("二.(一).2.(3)③").computedScore).toBeCloseTo((100 / 6) * 0.5, 9);
    expect(row("二.(一).3.(3)")).toMatchObject({ rule: "ALL_OR_NOTHING", computedScore: 0 });
    expect(row("二.(一).4.(3)")).toMatchObject({ floor: 0.6, computedScore: 0 });
    expect(await counts()).toEqual({ scores: before.scores, audits: before.audits + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "CONFIGURE_SCORING" }, orderBy: { at: "desc" } });
    expect(JSON.parse(audit.before!)).toEqual({
      scoreFloor: 0.6,
      targets: {
        "二.(一).1.(1)": { pointsOverride: null },
        "二.(一).1.(2)": { pointsOverride: null },
        "二.(一).3.(3)": { scoringRule: null },
        "二.(一).4.(3)": { scoreFloor: null },
      },
    });
    expect(JSON.parse(audit.after!)).toEqual({
      scoreFloor: 0.5,
      targets: {
        "二.(一).1.(1)": { pointsOverride: 60 },
        "二.(一).1.(2)": { pointsOverride: 40 },
        "二.(一).3.(3)": { scoringRule: "ALL_OR_NOTHING" },
        "二.(一).4.(3)": { scoreFloor: 0.6 },
      },
    });
  });

  it("writes nothing when nothing changes, and resets to the defaults with null", async () => {
    const assessor = await userNamed("assessor");
    const before = await counts();
    const same = await gql(
      CONFIGURE,
      { i: { planId, scoreFloor: 0.5, targets: [{ targetId: ids.get("二.(一).1.(1)"), pointsOverride: 60 }] } },
      assessor,
    );
    expect(same.errors).toBeUndefined();
    expect(await counts()).toEqual(before);
    const reset = await gql(
      CONFIGURE,
      {
        i: {
          planId,
          scoreFloor: 0.6,
          targets: [
            { targetId: ids.get("二.(一).1.(1)"), pointsOverride: null },
            { targetId: ids.get("二.(一).1.(2)"), pointsOverride: null },
            { targetId: ids.get("二.(一).3.(3)"), scoringRule: null },
            { targetId: ids.get("二.(一).4.(3)"), scoreFloor: null },
          ],
        },
      },
      assessor,
    );
    expect(reset.errors).toBeUndefined();
    const s = await sheet();
    // back to the hand-computed figures, plus the declared 72 (and the 47.37 confirmation of 47.368421)
    expect(s.overall.computedScore).toBeCloseTo(OVERALL + 72, 6);
    expect(s.overall.finalScore).toBeCloseTo(OVERALL + 72 + (47.37 - (50 * 72) / 76), 6);
  });
});

describe("exports", () => {
  async function requestAs(username: string | null, query: string) {
    const headers = new Headers();
    if (username) {
      const user = await db.user.findUniqueOrThrow({ where: { username } });
      const { sealed } = await openSession(user.id);
      headers.set("cookie", `${SESSION_COOKIE}=${sealed}`);
    }
    const req = new NextRequest(`http://localhost/api/plans/${planId}/scores${query}`, { headers });
    return exportScores(req, { params: Promise.resolve({ planId }) });
  }

  it("refuses without a session cookie", async () => {
    const res = await requestAs(null, "?format=xlsx");
    expect(res.status).toBe(401);
    expect(await res.text()).toBe("请先登录");
  });

  it("writes a workbook with one row per target, area subtotals and SUM formulas for 工作业绩, 科技投入与保障 and 总分", async () => {
    const res = await requestAs("leader", "?format=xlsx");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/spreadsheetml/);
    expect(res.headers.get("content-disposition")).toContain(encodeURIComponent("年终考评计分表"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const ws = workbook.getWorksheet("年终考评计分表")!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      "领域",
      "编号",
      "指标",
      "责任科室",
      "时间窗口",
      "目标值",
      "完成值",
      "完成度",
      "计分规则",
      "分值",
      "计算得分",
      "最终得分",
      "调整原因",
      "自评分",
      "考核得分",
      "差值",
      "自评说明",
    ]);

    // 20 targets + 6 area subtotals + 3 totals under the header
    // 20 targets, 6 area subtotals, 工作业绩 / 科技投入与保障 / 总分, then the 年终等次 line
    expect(ws.rowCount).toBe(1 + 20 + 6 + 3 + 1);
    const byLabel = new Map<string, number>();
    ws.eachRow((row, n) => {
      byLabel.set(String(row.getCell(2).value ?? row.getCell(1).value), n);
    });
    const projects = ws.getRow(byLabel.get(PROJECTS)!);
    expect(projects.getCell(1).value).toBe("科技支撑农业与民生建设");
    expect(projects.getCell(4).value).toBe("高新办、农社科");
    expect(projects.getCell(5).value).toBe("3–10月");
    expect(projects.getCell(6).value).toBe(5);
    expect(projects.getCell(6).numFmt).toBe('General" 个"');
    expect(projects.getCell(7).value).toBe(4);
    expect(projects.getCell(8).value).toBe(0.8);
    expect(projects.getCell(8).numFmt).toBe("0.0%");
    expect(projects.getCell(9).value).toBe("按完成比例（低于 60% 不得分）");
    expect(projects.getCell(11).value).toBeCloseTo((100 / 6) * 0.8, 9);
    expect(projects.getCell(11).numFmt).toBe("0.00");
    const innovation = ws.getRow(byLabel.get(INNOVATION)!);
    expect(innovation.getCell(7).value).toBe("申报 72 分");
    expect(innovation.getCell(12).value).toBe(72);

    // The agriculture subtotal sums its six target rows; totals sum subtotals.
    const agri = ws.getRow(byLabel.get("科技支撑农业与民生建设 小计")!);
    const first = byLabel.get("二.(一).2.(1)①")!;
    const last = byLabel.get("二.(一).2.(3)③")!;
    expect(agri.getCell(11).value).toEqual({ formula: `SUM(K${first}:K${last})`, result: 80 });
    expect(agri.getCell(10).value).toMatchObject({ formula: `SUM(J${first}:J${last})` });
    const work = ws.getRow(byLabel.get("工作业绩")!);
    const subtotalRows = ["高新技术产业发展", "科技支撑农业与民生建设", "创新能力建设", "产学研协同创新", "创新创优"].map((n) =>
      byLabel.get(`${n} 小计`)!,
    );
    expect(work.getCell(12).value).toMatchObject({ formula: `SUM(${subtotalRows.map((n) => `L${n}`).join(",")})` });
    expect((work.getCell(10).value as { result: number }).result).toBe(480);
    const funding = ws.getRow(byLabel.get("科技投入与保障")!);
    expect(funding.getCell(11).value).toMatchObject({ formula: `SUM(K${byLabel.get("科技投入与保障 小计")})` });
    expect((funding.getCell(11).value as { result: number }).result).toBeCloseTo(FUNDING, 6);
    const total = ws.getRow(byLabel.get("总分")!);
    expect(total.number).toBe(ws.rowCount - 1);
    // 582.05 of 680 is 85.6%: 良好 under the default bands (优秀 from 90%, 良好 from 80%)
    const grade = ws.getRow(ws.rowCount);
    expect([grade.getCell(1).value, grade.getCell(3).value]).toEqual(["年终等次", "良好"]);
    expect(total.getCell(10).value).toEqual({ formula: `SUM(J${work.number},J${funding.number})`, result: 680 });
    expect(total.getCell(11).value).toMatchObject({ formula: `SUM(K${work.number},K${funding.number})` });
    const sheetNow = await findScoreSheet({ planId });
    expect((total.getCell(11).value as { result: number }).result).toBe(sheetNow.overall.computedScore);
    expect((total.getCell(12).value as { result: number }).result).toBe(sheetNow.overall.finalScore);
    expect(sheetNow.overall.computedScore).toBeCloseTo(OVERALL + 72, 6);

    // The cached results equal what the formulas give when recalculated over the written cells.
    const sumColumn = (col: number, rows: number[]) => rows.reduce((s, n) => s + Number(ws.getRow(n).getCell(col).value), 0);
    const dataRows: number[] = [];
    ws.eachRow((row, n) => {
      if (n > 1 && typeof row.getCell(12).value === "number") dataRows.push(n);
    });
    expect(dataRows).toHaveLength(20);
    expect(sumColumn(12, dataRows)).toBeCloseTo(sheetNow.overall.finalScore, 6);
  });

  it("writes the CSV as UTF-8 with a BOM, the same columns, subtotals as numbers", async () => {
    const res = await requestAs("jihua", "?format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "领域,编号,指标,责任科室,时间窗口,目标值,完成值,完成度,计分规则,分值,计算得分,最终得分,调整原因,自评分,考核得分,差值,自评说明",
    );
    expect(lines).toHaveLength(1 + 30);
    expect(lines.find((l) => l.includes(PROJECTS))).toBe(
      `科技支撑农业与民生建设,${PROJECTS},重点支持农业科技项目,高新办、农社科,3–10月,5 个,4 个,80.0%,按完成比例（低于 60% 不得分）,16.67,13.33,13.33,,,13.33,,`,
    );
    expect(lines.find((l) => l.startsWith("科技支撑农业与民生建设 小计"))).toBe(
      "科技支撑农业与民生建设 小计,,,,,,,,,100.00,80.00,80.00,,,80.00,,",
    );
    expect(lines.at(-2)).toMatch(/^总分,,,,,,,,,680\.00,582\.05,582\.05,,,582\.05,,$/);
    // 582.05 / 680 = 85.6%: 良好; no 市州人民政府绩效考核结果 recorded in the seed
    expect(lines.at(-1)).toBe(
      "年终等次,,良好,,,,,,,,,,良好 · 按本单位考核得分 582.05 / 680 分（85.6%） · 市州人民政府绩效考核结果：未录入,,,,",
    );
  });

  it("refuses an unknown format or a malformed date", async () => {
    expect((await requestAs("leader", "?format=pdf")).status).toBe(400);
    expect((await requestAs("leader", "?asOf=2013-13-01")).status).toBe(400);
  });

  it("writes the workbook from the service alone too (for the review pack)", async () => {
    const bytes = await scoreWorkbook(await findScoreSheet({ planId, asOf: "2013-06-30" }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    // the score sheet, then 逐项清单 (tests/integration/score-export-self.test.ts checks its rows)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["年终考评计分表", "逐项清单"]);
  });
});
