// #11 (numbers): a record the input rules would refuse today — a legacy row, or one written before the rules —
// never breaks a page. The rows are written straight into the database (no operation, no validation), then every
// read that evaluates figures answers without errors, and what cannot be computed is null ("—"), not Infinity.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { isoToDbDate } from "../../lib/server/db-dates";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed } from "./harness";

const FIRMS = "二.(一).1.(1)"; // growth: 高企数量增长10%, demo baseline 120
const OUTPUT = "二.(一).1.(2)"; // growth: 高新技术产品产值增幅20%, the other target of FIRMS' area
const FUNDS = "二.(二).4"; // amount: 1100 万元, whole year, administrators report
const RND = "二.(二).3"; // amount: 4.3 亿元, whole year
const COUNTY_FISCAL = "二.(二).2"; // the city target the counties' figures add up to

let planId: string;
let ids: Map<string, string>;

const PROGRESS_FIELDS = `status band value reportedFor ratio growthPercent expectedRatio forecast { value ratio } target { code points targetValue baselineValue }`;
const SUMMARY_FIELDS = `count totalPoints completion byStatus { status count points }`;

const DASHBOARD = `
  query D($planId: ID!, $asOf: Date) {
    planDashboard(planId: $planId, asOf: $asOf) {
      plan { totalPoints }
      summary { ${SUMMARY_FIELDS} }
      areas { points maxPoints removedPoints redistributedPoints summary { ${SUMMARY_FIELDS} } targets { ${PROGRESS_FIELDS} } }
      sections { summary { ${SUMMARY_FIELDS} } }
      targets { ${PROGRESS_FIELDS} }
    }
  }`;

const DETAIL = `
  query T($targetId: ID!, $asOf: Date) {
    targetDetail(targetId: $targetId, asOf: $asOf) {
      progress { ${PROGRESS_FIELDS} }
      entries { value enteredValue }
      paceLine { date expected }
      figures { date value }
    }
  }`;

const SECTION = `
  query S($sectionId: ID!, $planId: ID!, $asOf: Date) {
    sectionOverview(sectionId: $sectionId, planId: $planId, asOf: $asOf) {
      summary { ${SUMMARY_FIELDS} }
      targets { ${PROGRESS_FIELDS} }
      dueThisMonth { ratio }
      openThisMonth { ratio }
    }
  }`;

const SHEET = `
  query Sc($planId: ID!, $asOf: Date) {
    scoreSheet(planId: $planId, asOf: $asOf) {
      scoreFloor
      overall { points computedScore finalScore pending selfScore gap }
      work { points computedScore finalScore }
      funding { points computedScore finalScore }
      areas { points maxPoints pointsSum subtotal { points computedScore finalScore } rows { floor points computedScore finalScore basis gap progress { ${PROGRESS_FIELDS} } } }
    }
  }`;

const ROLLUPS = `
  query R($planId: ID!, $asOf: Date) {
    planRollups(planId: $planId, asOf: $asOf) {
      rollups { total ratio countiesTargetValue reportedCount city { ratio value } counties { value ratio targetValue } }
    }
  }`;

const HISTORY = `query H($planId: ID!) { planHistory(planId: $planId) { targets { results { value ratio targetValue points status } } } }`;

const OPEN = `mutation O($input: OpenReviewInput!) { openReview(input: $input) { id } }`;
const REVIEW = `
  query V($id: ID!) {
    review(id: $id) {
      rows { value ratio expectedRatio forecastValue forecastRatio points computedScore status }
      summary { ${SUMMARY_FIELDS} }
      sections { summary { completion totalPoints } }
      comparison { changes { after { value ratio } } }
    }
  }`;

type Progress = {
  value: number | null;
  ratio: number | null;
  growthPercent: number | null;
  forecast: { value: number; ratio: number | null } | null;
  target: { code: string; points: number; targetValue: number | null; baselineValue: number | null };
};

/** Every number anywhere in a result: none may be anything but a finite number. */
function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbersIn(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => numbersIn(v, out));
  return out;
}

async function entryFor(code: string, value: number, reportedFor: string) {
  const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
  await db.progressEntry.create({
    data: { targetId: ids.get(code)!, value, reportedFor: isoToDbDate(reportedFor), reportedById: admin.id, note: "旧数据" },
  });
}

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  planId = seeded.loaded!.planId;
  ids = seeded.loaded!.targetIds;
  // legacy rows no rule of today would let in:
  // an administrator's target value of 5e-324 (any figure ÷ it is Infinity)
  await db.target.update({ where: { id: ids.get(FUNDS) }, data: { targetValue: 5e-324 } });
  await entryFor(FUNDS, 900, "2013-05-31");
  // a growth baseline of 5e-324 (the growth % is Infinity)
  await db.target.update({ where: { id: ids.get(FIRMS) }, data: { baselineValue: 5e-324 } });
  // a figure near the largest double: its forecast at mid-year (÷ the share elapsed) overflows
  await entryFor(RND, 1.7e308, "2013-05-31");
  // two counties each reporting near the largest double: their sum overflows
  const countyTargets = await db.target.findMany({ where: { rollupKey: { not: null }, plan: { unit: { level: "COUNTY" } } } });
  expect(countyTargets.length).toBeGreaterThanOrEqual(2);
  const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
  // (the demo counties report on 30 June too: the entry entered later that day is the one that counts)
  for (const t of countyTargets.slice(0, 2)) {
    await db.progressEntry.create({
      data: { targetId: t.id, value: 1.7e308, reportedFor: isoToDbDate("2013-06-30"), reportedById: admin.id },
    });
  }
  // points near the largest double on both targets of an area: their sum overflows
  await db.target.updateMany({ where: { id: { in: [ids.get(FIRMS)!, ids.get(OUTPUT)!] } }, data: { pointsOverride: 1.7e308 } });
  // and two areas' points: the plan's total overflows
  const areaIds = (await db.target.findMany({ where: { id: { in: [ids.get(FIRMS)!, ids.get(FUNDS)!] } } })).map((t) => t.areaId);
  await db.area.updateMany({ where: { id: { in: areaIds } }, data: { points: 1.7e308 } });
});

describe("a legacy record with an extreme figure or target value", () => {
  const asOf = "2013-06-30";

  it("leaves the dashboard answering, with null where completion, growth or forecast cannot be computed", async () => {
    const res = await gql<{ planDashboard: { targets: Progress[] } }>(DASHBOARD, { planId, asOf }, await userNamed("leader"));
    expect(res.errors).toBeUndefined();
    expect(numbersIn(res.data).every(Number.isFinite)).toBe(true);
    const by = new Map(res.data!.planDashboard.targets.map((t) => [t.target.code, t]));
    // 900 ÷ 5e-324 is not a completion anyone can use; the forecast figure still is: 900 after 181 of the
    // year's 365 days (1 January – 30 June) → 900 × 365 / 181, with no completion either
    expect(by.get(FUNDS)).toMatchObject({ value: 900, ratio: null, forecast: { value: (900 * 365) / 181, ratio: null } });
    // (x − 5e-324) ÷ 5e-324: no growth % and no completion
    expect(by.get(FIRMS)).toMatchObject({ growthPercent: null, ratio: null });
    // 1.7e308 ÷ 1 亿元 target 4.3 is finite (≈ 4e307), but the mid-year forecast 1.7e308 ÷ (181/365) overflows
    expect(by.get(RND)!.value).toBe(1.7e308);
    expect(by.get(RND)!.forecast).toBeNull();
    // points of 1.7e308 count as the most a target may carry, 1000, so no sum of points overflows
    expect(by.get(FIRMS)!.target.points).toBe(1000);
    expect(by.get(OUTPUT)!.target.points).toBe(1000);
  });

  it("leaves the target pages answering", async () => {
    const leader = await userNamed("leader");
    for (const code of [FUNDS, FIRMS, RND]) {
      const res = await gql(DETAIL, { targetId: ids.get(code), asOf }, leader);
      expect(res.errors, code).toBeUndefined();
      expect(numbersIn(res.data).every(Number.isFinite), code).toBe(true);
    }
  });

  it("leaves the section pages answering", async () => {
    const leader = await userNamed("leader");
    const sections = await db.section.findMany({ where: { unit: { plans: { some: { id: planId } } } } });
    for (const s of sections) {
      const res = await gql(SECTION, { sectionId: s.id, planId, asOf }, leader);
      expect(res.errors, s.name).toBeUndefined();
      expect(numbersIn(res.data).every(Number.isFinite), s.name).toBe(true);
    }
  });

  it("leaves the score sheet answering: a target whose completion cannot be computed scores 0 (no value)", async () => {
    const res = await gql<{ scoreSheet: { areas: { rows: { basis: string; computedScore: number; progress: Progress }[] }[] } }>(
      SHEET,
      { planId, asOf: "2013-12-31" },
      await userNamed("assessor"),
    );
    expect(res.errors).toBeUndefined();
    expect(numbersIn(res.data).every(Number.isFinite)).toBe(true);
    const rows = res.data!.scoreSheet.areas.flatMap((a) => a.rows);
    const funds = rows.find((r) => r.progress.target.code === FUNDS)!;
    expect(funds).toMatchObject({ basis: "NO_VALUE", computedScore: 0 });
  });

  it("leaves the county roll-up answering: a sum that overflows is not a total", async () => {
    const res = await gql<{ planRollups: { rollups: { total: number | null; ratio: number | null }[] } }>(
      ROLLUPS,
      { planId, asOf },
      await userNamed("leader"),
    );
    expect(res.errors).toBeUndefined();
    expect(numbersIn(res.data).every(Number.isFinite)).toBe(true);
    // 1.7e308 + 1.7e308 overflows: no total, so no share of the city target either
    const [fiscal] = res.data!.planRollups.rollups;
    expect(fiscal).toMatchObject({ total: null, ratio: null });
    // each county's own completion is still a number: 1.7e308 ÷ its target value is finite
    expect(numbersIn(fiscal).length).toBeGreaterThan(0);
    expect(ids.has(COUNTY_FISCAL)).toBe(true);
  });

  it("leaves the plan list answering, each area counted with at most 1000 points", async () => {
    const res = await gql<{ plans: { id: string; totalPoints: number }[] }>(`{ plans { id totalPoints } }`, {}, await userNamed("leader"));
    expect(res.errors).toBeUndefined();
    // 2013: 680 points, of which 100 (二.(一).1) and 200 (二.(二)) are now 1.7e308 each, counted as 1000 each
    expect(res.data!.plans.find((p) => p.id === planId)!.totalPoints).toBe(680 - 100 - 200 + 1000 + 1000);
  });

  it("leaves the year-over-year view answering", async () => {
    const res = await gql(HISTORY, { planId }, await userNamed("leader"));
    expect(res.errors).toBeUndefined();
    expect(numbersIn(res.data).every(Number.isFinite)).toBe(true);
  });

  it("lets a review freeze and show a snapshot of it", async () => {
    const assessor = await userNamed("assessor");
    for (const [kind, periodIndex] of [
      ["HALF_YEAR", 1],
      ["YEAR", 1],
    ] as const) {
      const opened = await gql<{ openReview: { id: string } }>(OPEN, { input: { planId, kind, year: 2013, periodIndex } }, assessor);
      expect(opened.errors, kind).toBeUndefined();
      const res = await gql(REVIEW, { id: opened.data!.openReview.id }, assessor);
      expect(res.errors, kind).toBeUndefined();
      expect(numbersIn(res.data).every(Number.isFinite), kind).toBe(true);
    }
  });
});
