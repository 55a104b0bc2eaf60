// 省厅: the province page, 省厅评分, the 年终等次 with the plan's bands and the 评先评优 rule of plan 003's
// 四、其他情况说明, through GraphQL on the seeded demo (益阳 with its demo reports, two demo cities beside it).
// 益阳's year-end total is the one worked out by hand in scores.test.ts: 510.05 of 680 (75.0%).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed } from "./harness";

const YIYANG = "益阳市科技局";
const CHANGDE = "常德市科技局（演示）";
const YUEYANG = "岳阳市科技局（演示）";
const HESHAN = "赫山区科技局（演示）";
const YIYANG_TOTAL = 510.05;
const MAX = 680;

const OVERVIEW = `query ($u: ID!, $y: Int) { provinceOverview(unitId: $u, year: $y) {
  year years unit { name }
  cities { rank total unit { name isDemo } plan { id } completion openRectifications onTimeRate viewerCanAssess
    statusCounts { DONE BEHIND NOT_STARTED ON_TRACK OVERDUE INACTIVE }
    areas { name maxPoints unitScore provinceScore }
    grade { grade byScore share capped eligibleForHonours basis total maximum unitTotal provinceTotal external { result documentRef version } } }
  sharedTargets { title cells { unitId } }
} }`;
const GRADE = `query ($p: ID!) { scoreSheet(planId: $p) { grade { grade byScore capped eligibleForHonours basis total provinceTotal bands { excellentAt goodAt passAt } external { result documentRef } } } }`;
const PROVINCE_SCORE = `mutation ($i: SetProvinceScoreInput!) { setProvinceScore(input: $i) { provinceScore provinceReason provinceVersion finalScore provinceBy { username } } }`;
const EXTERNAL = `mutation ($i: SetExternalAssessmentInput!) { setExternalAssessment(input: $i) { result documentRef version updatedBy { username } } }`;
const BANDS = `mutation ($i: SetGradeBandsInput!) { setGradeBands(input: $i) { grade { grade share bands { excellentAt } } } }`;

type Grade = {
  grade: string;
  byScore: string;
  capped: boolean;
  eligibleForHonours: boolean;
  basis: string;
  total: number;
  provinceTotal: number | null;
};
type City = {
  rank: number;
  total: number;
  unit: { name: string; isDemo: boolean };
  plan: { id: string };
  viewerCanAssess: boolean;
  grade: Grade & { share: number; external: { result: string } | null };
  areas: { name: string; maxPoints: number; unitScore: number; provinceScore: number | null }[];
};

let provinceId: string;
let yiyangUnitId: string;
let yiyangPlanId: string;
let declarationTargetId: string;
let heshanTargetId: string;

const as = async <T = Record<string, unknown>>(username: string, query: string, variables: Record<string, unknown>) =>
  gql<T>(query, variables, await userNamed(username));

async function overview(username = "sheng-leader") {
  const res = await as<{ provinceOverview: { cities: City[]; years: number[]; sharedTargets: { title: string; cells: unknown[] }[] } }>(
    username,
    OVERVIEW,
    { u: provinceId, y: 2013 },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.provinceOverview;
}

beforeAll(async () => {
  await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  provinceId = (await db.unit.findUniqueOrThrow({ where: { name: "湖南省科技厅" } })).id;
  const plan = await db.plan.findFirstOrThrow({ where: { year: 2013, unit: { name: YIYANG } }, include: { targets: true } });
  yiyangUnitId = plan.unitId;
  yiyangPlanId = plan.id;
  declarationTargetId = plan.targets.find((t) => t.code === "二.(一).5")!.id;
  heshanTargetId = (await db.target.findFirstOrThrow({ where: { plan: { unit: { name: HESHAN } } } })).id;
});

describe("the unit tree", () => {
  it("puts 湖南省科技厅 above 益阳 and the demo cities; the counties stay under 益阳", async () => {
    const units = await db.unit.findMany({ include: { parent: true } });
    const parentOf = (name: string) => units.find((u) => u.name === name)!.parent?.name ?? null;
    expect(units.find((u) => u.name === "湖南省科技厅")!.level).toBe("PROVINCE");
    expect([parentOf(YIYANG), parentOf(CHANGDE), parentOf(YUEYANG)]).toEqual(["湖南省科技厅", "湖南省科技厅", "湖南省科技厅"]);
    expect(parentOf(HESHAN)).toBe(YIYANG);
  });
});

describe("the province page", () => {
  it("lists the three city bureaus' 2013 plans ranked: 常德 (益阳's figures × 1.1) above 益阳 above 岳阳 (× 0.7)", async () => {
    const o = await overview();
    expect(o.years).toEqual([2013]);
    expect(o.cities.map((c) => [c.rank, c.unit.name, c.unit.isDemo])).toEqual([
      [1, CHANGDE, true],
      [2, YIYANG, false],
      [3, YUEYANG, true],
    ]);
    const yiyang = o.cities.find((c) => c.unit.name === YIYANG)!;
    expect(yiyang.total.toFixed(2)).toBe("510.05");
    expect(yiyang.grade).toMatchObject({
      grade: "PASS",
      byScore: "PASS",
      basis: "UNIT",
      capped: false,
      eligibleForHonours: true,
      external: null,
    });
    expect(yiyang.grade.share).toBeCloseTo(YIYANG_TOTAL / MAX, 4);
    // 工作业绩 areas and 科技投入与保障: the area points of the plan
    expect(yiyang.areas.map((a) => a.maxPoints).reduce((s, p) => s + p, 0)).toBe(MAX);
    expect(yiyang.areas.every((a) => a.provinceScore === null)).toBe(true);
    // every target of the three plans is shared (the demo cities carry the plan's targets)
    const titles = await db.target.findMany({ where: { planId: yiyangPlanId }, select: { title: true } });
    expect(o.sharedTargets.length).toBe(new Set(titles.map((t) => t.title)).size);
    expect(o.sharedTargets.every((s) => s.cells.length === 3)).toBe(true);
  });

  it("offers the province's 考核组 to assess the cities, and nobody else", async () => {
    expect((await overview("sheng-assessor")).cities.every((c) => c.viewerCanAssess)).toBe(true);
    expect((await overview("sheng-leader")).cities.some((c) => c.viewerCanAssess)).toBe(false);
    const ROWS = `query ($p: ID!) { scoreSheet(planId: $p) { viewerCanScore areas { rows { basis viewerCanProvinceScore } } } }`;
    type Sheet = { scoreSheet: { viewerCanScore: boolean; areas: { rows: { basis: string; viewerCanProvinceScore: boolean }[] }[] } };
    const offered = async (username: string) => {
      const res = await as<Sheet>(username, ROWS, { p: yiyangPlanId });
      expect(res.errors).toBeUndefined();
      return res.data!.scoreSheet.areas.flatMap((a) => a.rows).filter((r) => r.viewerCanProvinceScore).length;
    };
    // every one of the plan's 20 targets is active in the seed
    expect(await offered("sheng-assessor")).toBe(20);
    expect(await offered("sheng-leader")).toBe(0);
    expect(await offered("assessor")).toBe(0);
    // the province's 考核组 does not set the city's own scores
    expect((await as<Sheet>("sheng-assessor", ROWS, { p: yiyangPlanId })).data!.scoreSheet.viewerCanScore).toBe(false);
  });

  it("is refused to a city's accounts, and answers nothing for a city unit", async () => {
    for (const username of ["leader", "assessor", "changde-leader", "heshan"]) {
      const res = await as(username, OVERVIEW, { u: provinceId, y: 2013 });
      expect(res.errors?.[0].extensions?.code, username).toBe("FORBIDDEN");
    }
    const res = await as("leader", OVERVIEW, { u: yiyangUnitId, y: 2013 });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("who reads whom", () => {
  const DASHBOARD = `query ($p: ID!) { planDashboard(planId: $p) { plan { id } } }`;
  const planOf = async (unit: string) => (await db.plan.findFirstOrThrow({ where: { year: 2013, unit: { name: unit } } })).id;

  it("the 省厅领导 reads every city and, through them, the counties", async () => {
    for (const unit of [YIYANG, CHANGDE, HESHAN])
      expect((await as("sheng-leader", DASHBOARD, { p: await planOf(unit) })).errors, unit).toBeUndefined();
  });
  it("the 省厅考核组 reads the cities it scores, not their counties", async () => {
    expect((await as("sheng-assessor", DASHBOARD, { p: await planOf(YIYANG) })).errors).toBeUndefined();
    expect((await as("sheng-assessor", DASHBOARD, { p: await planOf(HESHAN) })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
  it("a city never reads a sibling city", async () => {
    expect((await as("changde-leader", DASHBOARD, { p: await planOf(YIYANG) })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await as("leader", DASHBOARD, { p: await planOf(CHANGDE) })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("省厅评分", () => {
  it("refuses anyone but the province's 考核组, and a county's target, writing nothing", async () => {
    const before = await db.auditLog.count();
    const i = { targetId: declarationTargetId, provinceScore: 40, reason: "申报材料齐全", expectedVersion: 0 };
    for (const username of ["assessor", "admin", "leader", "sheng-leader", "changde-leader"]) {
      const res = await as(username, PROVINCE_SCORE, { i });
      expect(res.errors?.[0].extensions?.code, username).toBe("FORBIDDEN");
    }
    const county = await as("sheng-assessor", PROVINCE_SCORE, { i: { ...i, targetId: heshanTargetId } });
    expect(county.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // and the province's 考核组 cannot write the city's own scores
    const adjust = await as("sheng-assessor", `mutation ($i: AdjustScoreInput!) { adjustScore(input: $i) { finalScore } }`, {
      i: { targetId: declarationTargetId, adjustedScore: 10, reason: "x", expectedVersion: 0 },
    });
    expect(adjust.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await db.auditLog.count()).toBe(before);
  });

  it("needs a reason when it differs from the city's score, and stays within the target's points", async () => {
    const noReason = await as("sheng-assessor", PROVINCE_SCORE, {
      i: { targetId: declarationTargetId, provinceScore: 40, expectedVersion: 0 },
    });
    expect(noReason.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const tooMuch = await as("sheng-assessor", PROVINCE_SCORE, {
      i: { targetId: declarationTargetId, provinceScore: 81, reason: "x", expectedVersion: 0 },
    });
    expect(tooMuch.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(await db.targetScore.findUnique({ where: { targetId: declarationTargetId } })).toBeNull();
  });

  it("scores 创新创优 40 of 80 (the city's own 0): the grade rests on the province's 550.05, 良好 (80.9%)", async () => {
    const res = await as<{ setProvinceScore: Record<string, unknown> }>("sheng-assessor", PROVINCE_SCORE, {
      i: { targetId: declarationTargetId, provinceScore: 40, reason: "申报材料齐全，认定市级创新成果一项", expectedVersion: 0 },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.setProvinceScore).toMatchObject({
      provinceScore: 40,
      finalScore: 0,
      provinceVersion: 1,
      provinceBy: { username: "sheng-assessor" },
    });
    const city = (await overview()).cities.find((c) => c.unit.name === YIYANG)!;
    expect(city.grade).toMatchObject({ basis: "PROVINCE", grade: "GOOD" });
    expect(city.grade.provinceTotal!.toFixed(2)).toBe("550.05");
    expect(city.grade.share).toBeCloseTo(550.05 / MAX, 4);
    // the ranking follows the province's total; the city's own year-end total (its self-assessment toward the
    // province) is unchanged
    expect(city.total.toFixed(2)).toBe("550.05");
    expect((city.grade as unknown as { unitTotal: number }).unitTotal.toFixed(2)).toBe("510.05");
    const area = city.areas.find((a) => a.provinceScore !== null && a.provinceScore !== a.unitScore)!;
    expect((area.provinceScore! - area.unitScore).toFixed(2)).toBe("40.00");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "SET_PROVINCE_SCORE" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ provinceScore: null, cityScore: 0 });
    expect(JSON.parse(audit.after!)).toMatchObject({ provinceScore: 40, cityScore: 0, version: 1 });
  });

  it("a stale form gets CONFLICT and changes nothing", async () => {
    const res = await as("sheng-assessor", PROVINCE_SCORE, {
      i: { targetId: declarationTargetId, provinceScore: 80, reason: "x", expectedVersion: 0 },
    });
    expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect((await db.targetScore.findUniqueOrThrow({ where: { targetId: declarationTargetId } })).provinceScore).toBe(40);
  });
});

describe("等次 bands and the 评先评优 rule", () => {
  it("the city's 考核组 sets its bands; refused when they do not descend", async () => {
    const bad = await as("assessor", BANDS, { i: { planId: yiyangPlanId, excellentAt: 0.8, goodAt: 0.8, passAt: 0.6 } });
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const foreign = await as("sheng-assessor", BANDS, { i: { planId: yiyangPlanId, excellentAt: 0.8, goodAt: 0.7, passAt: 0.6 } });
    expect(foreign.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // 550.05 / 680 = 0.8089: exactly 优秀 with the threshold at 0.8, 良好 at 0.81
    const ok = await as<{ setGradeBands: { grade: { grade: string } } }>("assessor", BANDS, {
      i: { planId: yiyangPlanId, excellentAt: 0.8, goodAt: 0.7, passAt: 0.6 },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.setGradeBands.grade.grade).toBe("EXCELLENT");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "SET_GRADE_BANDS" } });
    expect(JSON.parse(audit.before!)).toEqual({ excellentAt: 0.9, goodAt: 0.8, passAt: 0.6 });
  });

  it("a 不合格 市州人民政府绩效考核结果 caps the 优秀 at 良好 and says why, on the sheet and the province page", async () => {
    const refused = await as("assessor", EXTERNAL, {
      i: { unitId: yiyangUnitId, year: 2013, result: "FAIL", documentRef: "益政发〔2014〕1号", expectedVersion: 0 },
    });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const noPlan = await as("sheng-assessor", EXTERNAL, {
      i: { unitId: yiyangUnitId, year: 2012, result: "FAIL", documentRef: "x", expectedVersion: 0 },
    });
    expect(noPlan.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const res = await as("sheng-assessor", EXTERNAL, {
      i: { unitId: yiyangUnitId, year: 2013, result: "FAIL", documentRef: "益政发〔2014〕1号", expectedVersion: 0 },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      setExternalAssessment: { result: "FAIL", documentRef: "益政发〔2014〕1号", version: 1, updatedBy: { username: "sheng-assessor" } },
    });

    const sheet = await as<{ scoreSheet: { grade: Grade & { external: { result: string; documentRef: string } } } }>("leader", GRADE, {
      p: yiyangPlanId,
    });
    expect(sheet.data!.scoreSheet.grade).toMatchObject({
      grade: "GOOD",
      byScore: "EXCELLENT",
      capped: true,
      eligibleForHonours: false,
      external: { result: "FAIL", documentRef: "益政发〔2014〕1号" },
    });
    const city = (await overview()).cities.find((c) => c.unit.name === YIYANG)!;
    expect(city.grade).toMatchObject({ grade: "GOOD", capped: true, external: { result: "FAIL" } });

    const stale = await as("sheng-assessor", EXTERNAL, {
      i: { unitId: yiyangUnitId, year: 2013, result: "PASS", documentRef: "x", expectedVersion: 0 },
    });
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    const pass = await as("sheng-assessor", EXTERNAL, {
      i: { unitId: yiyangUnitId, year: 2013, result: "PASS", documentRef: "益政发〔2014〕2号", expectedVersion: 1 },
    });
    expect(pass.errors).toBeUndefined();
    expect((await as<{ scoreSheet: { grade: Grade } }>("leader", GRADE, { p: yiyangPlanId })).data!.scoreSheet.grade).toMatchObject({
      grade: "EXCELLENT",
      capped: false,
    });
    const rows = await db.auditLog.findMany({ where: { action: "SET_EXTERNAL_ASSESSMENT" }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => JSON.parse(r.after!).result)).toEqual(["FAIL", "PASS"]);
    expect(JSON.parse(rows[1].before!)).toMatchObject({ result: "FAIL", documentRef: "益政发〔2014〕1号" });
  });
});
