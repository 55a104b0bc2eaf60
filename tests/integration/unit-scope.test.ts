// Every operation naming a plan, target, section or review is scoped to the units the user reads:
// own unit; a city leader also reads the counties under it; nobody writes another unit's data.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { asLoaded, gql, userNamed } from "./harness";

let cityPlanId: string;
let cityTargetId: string;
let citySectionId: string;
let countyPlanId: string;
let countyTargetId: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  cityPlanId = seeded.loaded!.planId;
  cityTargetId = seeded.loaded!.targetIds.get("二.(一).3.(3)")!;
  citySectionId = seeded.loaded!.sectionIds.get("计划科")!;
  const county = await db.plan.findFirstOrThrow({ where: { unit: { name: "赫山区科技局（演示）" } }, include: { targets: true } });
  countyPlanId = county.id;
  countyTargetId = county.targets[0].id;
});

const DASH = `query ($p: ID!) { planDashboard(planId: $p) { summary { count } } }`;
const TARGET = `query ($t: ID!) { targetDetail(targetId: $t) { progress { value } } }`;
const SECTION = `query ($s: ID!, $p: ID!) { sectionOverview(sectionId: $s, planId: $p) { section { name } } }`;

describe("unit scope", () => {
  it("keeps a county section head out of the city plan, its targets and sections", async () => {
    const heshan = await userNamed("heshan");
    for (const [q, v] of [
      [DASH, { p: cityPlanId }],
      [TARGET, { t: cityTargetId }],
      [SECTION, { s: citySectionId, p: cityPlanId }],
    ] as const) {
      const res = await gql(q, v, heshan);
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(res.data ?? null).toBeNull();
    }
    const own = await gql<{ planDashboard: { summary: { count: number } } }>(DASH, { p: countyPlanId }, heshan);
    expect(own.data!.planDashboard.summary.count).toBe(1);
  });

  it("lets the city leader read a county plan but not a county's section head write it, and nobody else write it", async () => {
    const leader = await userNamed("leader");
    const read = await gql<{ planDashboard: { summary: { count: number } } }>(DASH, { p: countyPlanId }, leader);
    expect(read.errors).toBeUndefined();
    expect(read.data!.planDashboard.summary.count).toBe(1);
    const before = await db.progressEntry.count();
    const cityAdmin = await userNamed("admin");
    const write = await gql(
      `mutation ($i: RecordProgressInput!) { recordProgress(input: $i) { entry { id } } }`,
      { i: await asLoaded({ targetId: countyTargetId, value: 100, reportedFor: "2013-06-30" }) },
      cityAdmin,
    );
    expect(write.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await db.progressEntry.count()).toBe(before);
  });

  it("does not let a city assessor read a county plan (only leaders look down the tree)", async () => {
    const res = await gql(DASH, { p: countyPlanId }, await userNamed("assessor"));
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
