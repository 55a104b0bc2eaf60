// County bureaus under the city (labelled 演示 demo units): the city target 二.(二).2 县(市、区)财政科技支出 as the
// sum of the counties' latest reports as of a date, with the per-county breakdown; and who sees what — a
// county section head only their county, a city leader the city and its counties (read only), nobody writing
// another unit's data.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../lib/server/auth/session-user";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { asLoaded, gql, userNamed } from "./harness";

const ROLLUPS = `
  query R($planId: ID!, $asOf: Date) {
    planRollups(planId: $planId, asOf: $asOf) {
      asOf
      rollups {
        rollupKey total ratio countiesTargetValue reportedCount
        city { value reportedFor status target { code targetValue } }
        counties { unitName code targetValue value reportedFor ratio readable planId }
      }
    }
  }`;

interface Rollup {
  rollupKey: string;
  total: number;
  ratio: number | null;
  countiesTargetValue: number | null;
  reportedCount: number;
  city: { value: number | null; reportedFor: string | null; status: string; target: { code: string; targetValue: number } };
  counties: {
    unitName: string;
    code: string | null;
    targetValue: number | null;
    value: number | null;
    reportedFor: string | null;
    ratio: number | null;
    readable: boolean;
    planId: string | null;
  }[];
}

const RECORD = `mutation ($i: RecordProgressInput!) { recordProgress(input: $i) { entry { id } } }`;
const UPDATE = `mutation ($i: UpdateTargetInput!) { updateTarget(input: $i) { plan { id } } }`;
const PLANS = `{ plans { id unitName year } }`;
const TREE = `{ unitTree { name level children { name level plans { year } } plans { year } } }`;

let cityPlan: string;
let cityTarget: string;
let heshanPlan: string;
let heshanTarget: string;
let leader: SessionUser;
let heshan: SessionUser;
let jihua: SessionUser;
let admin: SessionUser;

async function rollup(user: SessionUser, asOf: string): Promise<Rollup> {
  const res = await gql<{ planRollups: { rollups: Rollup[] } }>(ROLLUPS, { planId: cityPlan, asOf }, user);
  expect(res.errors).toBeUndefined();
  expect(res.data!.planRollups.rollups).toHaveLength(1);
  return res.data!.planRollups.rollups[0];
}
const writes = async () => [
  await db.progressEntry.count(),
  await db.auditLog.count(),
  await db.target.findMany({ select: { version: true, title: true }, orderBy: { id: "asc" } }),
];

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  cityPlan = seeded.loaded!.planId;
  cityTarget = seeded.loaded!.targetIds.get("二.(二).2")!;
  const heshanRow = await db.target.findFirstOrThrow({ where: { plan: { unit: { name: "赫山区科技局（演示）" } } } });
  heshanPlan = heshanRow.planId;
  heshanTarget = heshanRow.id;
  [leader, heshan, jihua, admin] = await Promise.all(["leader", "heshan", "jihua", "admin"].map(userNamed));
});

describe("the demo counties", () => {
  it("are county units under the city, labelled 演示, each with a one-target 2013 plan keyed to the city target", async () => {
    const counties = await db.unit.findMany({
      where: { parent: { name: "益阳市科技局" } },
      include: { plans: { include: { targets: true, monthLocks: { orderBy: { month: "asc" } } } } },
      orderBy: { name: "asc" },
    });
    expect(counties.map((c) => [c.name, c.level])).toEqual([
      ["安化县科技局（演示）", "COUNTY"],
      ["桃江县科技局（演示）", "COUNTY"],
      ["赫山区科技局（演示）", "COUNTY"],
    ]);
    for (const c of counties) {
      expect(c.plans).toHaveLength(1);
      expect(c.plans[0].year).toBe(2013);
      expect(c.plans[0].targets.map((t) => [t.title, t.rollupKey])).toEqual([["县(市、区)财政科技支出", "COUNTY_FISCAL_ST_SPENDING"]]);
      // 2013 is long past: like the city's demo plan, the demo reopens every month so county heads can report
      expect(c.plans[0].monthLocks.map((l) => [l.month, l.state, l.until])).toEqual(
        Array.from({ length: 12 }, (_, i) => [i + 1, "REOPENED", null]),
      );
    }
    expect((await db.target.findUniqueOrThrow({ where: { id: cityTarget } })).rollupKey).toBe("COUNTY_FISCAL_ST_SPENDING");
    expect(await db.progressEntry.count({ where: { target: { plan: { unit: { level: "COUNTY" } } }, isDemo: false } })).toBe(0);
  });
});

describe("the city target as the sum of its counties", () => {
  it("adds up each county's latest report on or before the date, with the breakdown", async () => {
    const r = await rollup(leader, "2013-09-30");
    expect(r.rollupKey).toBe("COUNTY_FISCAL_ST_SPENDING");
    expect(r.counties.map((c) => [c.unitName, c.value, c.reportedFor])).toEqual([
      ["安化县科技局（演示）", 640, "2013-08-31"],
      ["桃江县科技局（演示）", 610, "2013-07-31"],
      ["赫山区科技局（演示）", 1080, "2013-09-30"],
    ]);
    expect(r.total).toBe(2330);
    expect(r.ratio).toBeCloseTo(2330 / 3800, 10);
    expect(r.countiesTargetValue).toBe(3800);
    expect(r.reportedCount).toBe(3);
    // the city's own figure stays what the city reported
    expect(r.city).toMatchObject({ value: 1500, reportedFor: "2013-06-30", target: { code: "二.(二).2", targetValue: 3800 } });
  });

  it("follows the date: nothing before the first reports, everything at year end", async () => {
    const early = await rollup(leader, "2013-03-01");
    expect(early.total).toBe(0);
    expect(early.reportedCount).toBe(0);
    expect(early.counties.every((c) => c.value === null)).toBe(true);
    const end = await rollup(leader, "2013-12-31");
    expect(end.total).toBe(1560 + 1215 + 1090);
    expect(end.counties.map((c) => c.ratio)).toEqual([1090 / 1100, 1215 / 1200, 1560 / 1500]);
  });

  it("takes a county's new report (and only as of its date)", async () => {
    const res = await gql(RECORD, { i: await asLoaded({ targetId: heshanTarget, value: 1200, reportedFor: "2013-10-15" }) }, heshan);
    expect(res.errors).toBeUndefined();
    expect((await rollup(leader, "2013-10-14")).total).toBe(1080 + 610 + 640);
    expect((await rollup(leader, "2013-10-31")).total).toBe(1200 + 930 + 640);
  });

  it("answers for one target, and refuses a target without a rollup key", async () => {
    const res = await gql<{ targetRollup: { total: number; counties: unknown[] } }>(
      `query ($t: ID!) { targetRollup(targetId: $t, asOf: "2013-12-31") { total counties { unitName } } }`,
      { t: cityTarget },
      jihua,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.targetRollup).toMatchObject({ total: 3865 });
    const other = await gql(
      `query ($t: ID!) { targetRollup(targetId: $t) { total } }`,
      { t: (await db.target.findFirstOrThrow({ where: { planId: cityPlan, rollupKey: null } })).id },
      jihua,
    );
    expect(other.errors?.[0].message).toBe("该指标不汇总县（市、区）数据");
  });

  it("shows a county plan's link only to those who may read the county", async () => {
    expect((await rollup(leader, "2013-12-31")).counties.every((c) => c.readable && c.planId)).toBe(true);
    expect((await rollup(jihua, "2013-12-31")).counties.every((c) => !c.readable)).toBe(true);
  });
});

describe("unit scope", () => {
  it("a county section head sees their own county only: plans, unit tree", async () => {
    const plans = await gql<{ plans: { unitName: string }[] }>(PLANS, {}, heshan);
    expect(plans.data!.plans.map((p) => p.unitName)).toEqual(["赫山区科技局（演示）"]);
    const tree = await gql<{ unitTree: { name: string; children: unknown[] }[] }>(TREE, {}, heshan);
    expect(tree.data!.unitTree).toEqual([{ name: "赫山区科技局（演示）", level: "COUNTY", children: [], plans: [{ year: 2013 }] }]);
  });

  it("a county section head cannot read the city plan", async () => {
    for (const [query, vars] of [
      [`query ($p: ID!) { planEditor(planId: $p) { plan { id } } }`, { p: cityPlan }],
      [`query ($p: ID!) { planRollups(planId: $p) { asOf } }`, { p: cityPlan }],
      [`query ($p: ID!) { planHistory(planId: $p) { years } }`, { p: cityPlan }],
      [`query ($t: ID!) { targetHistory(targetId: $t) { code } }`, { t: cityTarget }],
      [`query ($t: ID!) { targetRollup(targetId: $t) { total } }`, { t: cityTarget }],
    ] as const) {
      const res = await gql(query, vars, heshan);
      expect(res.errors?.[0].extensions?.code, query).toBe("FORBIDDEN");
    }
  });

  it("a county section head cannot write the city plan, and a city section head cannot write a county's", async () => {
    const before = await writes();
    const intoCity = await gql(RECORD, { i: await asLoaded({ targetId: cityTarget, value: 1, reportedFor: "2013-07-01" }) }, heshan);
    expect(intoCity.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const intoCounty = await gql(RECORD, { i: await asLoaded({ targetId: heshanTarget, value: 1, reportedFor: "2013-07-01" }) }, jihua);
    expect(intoCounty.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await writes()).toEqual(before);
  });

  it("a city leader reads the city and the counties under it (and no other unit)", async () => {
    const plans = await gql<{ plans: { unitName: string }[] }>(PLANS, {}, leader);
    expect(plans.data!.plans.map((p) => p.unitName).sort()).toEqual(
      ["安化县科技局（演示）", "桃江县科技局（演示）", "益阳市科技局", "赫山区科技局（演示）"].sort(),
    );
    const tree = await gql<{ unitTree: { name: string; level: string; children: { name: string }[] }[] }>(TREE, {}, leader);
    expect(tree.data!.unitTree.map((u) => [u.name, u.level, u.children.map((c) => c.name)])).toEqual([
      ["益阳市科技局", "CITY", ["安化县科技局（演示）", "桃江县科技局（演示）", "赫山区科技局（演示）"]],
    ]);
    const county = await gql<{ planEditor: { viewerCanEdit: boolean; plan: { unitName: string } } }>(
      `query ($p: ID!) { planEditor(planId: $p) { viewerCanEdit plan { unitName } } }`,
      { p: heshanPlan },
      leader,
    );
    expect(county.data!.planEditor).toEqual({ viewerCanEdit: false, plan: { unitName: "赫山区科技局（演示）" } });
    const history = await gql(`query ($t: ID!) { targetHistory(targetId: $t) { results { year value } } }`, { t: heshanTarget }, leader);
    expect(history.errors).toBeUndefined();
  });

  it("a city leader cannot write a county's data", async () => {
    const before = await writes();
    const record = await gql(RECORD, { i: await asLoaded({ targetId: heshanTarget, value: 1, reportedFor: "2013-07-01" }) }, leader);
    expect(record.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const edit = await gql(UPDATE, { i: { targetId: heshanTarget, expectedVersion: 1, changes: { title: "x" } } }, leader);
    expect(edit.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await writes()).toEqual(before);
  });

  it("the city's administrator cannot write a county's plan or figures either", async () => {
    const before = await writes();
    const version = (await db.target.findUniqueOrThrow({ where: { id: heshanTarget } })).version;
    const edit = await gql(UPDATE, { i: { targetId: heshanTarget, expectedVersion: version, changes: { title: "x" } } }, admin);
    expect(edit.errors?.[0]).toMatchObject({ message: "只能操作本单位的指标", extensions: { code: "FORBIDDEN" } });
    const copy = await gql(`mutation ($p: ID!) { copyPlan(planId: $p, year: 2014) { id } }`, { p: heshanPlan }, admin);
    expect(copy.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const record = await gql(RECORD, { i: await asLoaded({ targetId: heshanTarget, value: 1, reportedFor: "2013-07-01" }) }, admin);
    expect(record.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await writes()).toEqual(before);
    // nor read it: administrators see their own unit
    const read = await gql(`query ($p: ID!) { planEditor(planId: $p) { plan { id } } }`, { p: heshanPlan }, admin);
    expect(read.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
