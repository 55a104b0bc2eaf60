// 县区汇总 marks the difference between the city's own figure and its counties' sum (#14, item 6): at the demo's
// year end the city reported 3,950 万元 for 县(市、区)财政科技支出 and the counties add up to 3,865 万元; in September
// the city (1,500 at 30 June) is behind its counties (2,330). A county's correction that closes the gap makes them agree.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { asLoaded, gql, userNamed } from "./harness";

const ROLLUPS = `query R($planId: ID!, $asOf: Date) { planRollups(planId: $planId, asOf: $asOf) {
  rollups { total reportedCount city { value } gap { difference share agreement missingCounties } } } }`;
type Gap = { difference: number; share: number | null; agreement: string; missingCounties: number } | null;

let cityPlan: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  cityPlan = seeded.loaded!.planId;
});

async function gapAt(asOf: string): Promise<{ total: number; city: { value: number | null }; gap: Gap }> {
  const res = await gql<{ planRollups: { rollups: { total: number; city: { value: number | null }; gap: Gap }[] } }>(
    ROLLUPS,
    { planId: cityPlan, asOf },
    await userNamed("leader"),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.planRollups.rollups[0];
}

describe("the city's figure against the counties' sum", () => {
  it("marks the year end: the city reported 85 万元 more than its counties", async () => {
    const end = await gapAt("2013-12-31");
    expect(end.city.value).toBe(3950);
    expect(end.total).toBe(3865);
    expect(end.gap).toEqual({ difference: 85, share: 85 / 3865, agreement: "CITY_HIGHER", missingCounties: 0 });
  });

  it("compares as of the same day: in September the city is behind its counties", async () => {
    expect((await gapAt("2013-09-30")).gap).toMatchObject({ difference: 1500 - 2330, agreement: "CITY_LOWER" });
    // before any county reported there is nothing to compare
    expect((await gapAt("2013-03-01")).gap).toBeNull();
  });

  it("agrees once a county's figure closes the gap", async () => {
    const heshan = await userNamed("heshan");
    const target = await db.target.findFirstOrThrow({ where: { plan: { unit: { name: { startsWith: "赫山区" } }, year: 2013 } } });
    const res = await gql(
      `mutation ($i: RecordProgressInput!) { recordProgress(input: $i) { entry { id } } }`,
      { i: await asLoaded({ targetId: target.id, value: 1560 + 85, reportedFor: "2013-12-31", note: "补报12月到位资金" }) },
      heshan,
    );
    expect(res.errors).toBeUndefined();
    expect((await gapAt("2013-12-31")).gap).toEqual({ difference: 0, share: 0, agreement: "AGREES", missingCounties: 0 });
  });
});
