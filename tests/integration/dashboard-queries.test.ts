// The dashboard must cost a fixed number of SQL statements whatever the plan's size (no N+1).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { loadPlan } from "../../lib/server/seed/load-plan";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { isoToDbDate } from "../../lib/server/db-dates";
import { makePlanSeed } from "../factories/plan-factory";
import { countQueries, gql, userNamed } from "./harness";

const DASHBOARD = `
  query D($planId: ID!, $asOf: Date) {
    planDashboard(planId: $planId, asOf: $asOf) {
      asOf
      summary { count completion byStatus { status count points } }
      areas { name summary { completion } targets { status } }
      sections { section { id name } summary { count completion } }
      targets { status value ratio forecast { value } target { code points owners { name } window { start end } } }
    }
  }`;

let seededPlanId: string;
let bigPlanId: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  seededPlanId = seeded.loaded!.planId;
  // A county under 益阳, so the city's leader may read it (unit scope).
  const seed = makePlanSeed({ targetCount: 200, areaCount: 8 });
  const big = await loadPlan(db, { ...seed, unit: { name: "测试县科技局", level: "COUNTY", region: null, parentName: "益阳市科技局" } });
  bigPlanId = big.planId;
  const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
  // Three reports per generated target, so the entry query has real rows to return.
  await db.progressEntry.createMany({
    data: [...big.targetIds.values()].flatMap((targetId) =>
      ["2014-03-31", "2014-06-30", "2014-09-30"].map((d, i) => ({
        targetId,
        value: i + 1,
        reportedFor: isoToDbDate(d),
        reportedById: admin.id,
      })),
    ),
  });
});

describe("dashboard query cost", () => {
  it("is the same number of SQL statements for the 20-target plan and a 200-target plan", async () => {
    const leader = await userNamed("leader");
    const small = await countQueries(() => gql(DASHBOARD, { planId: seededPlanId, asOf: "2013-09-30" }, leader));
    const large = await countQueries(() => gql(DASHBOARD, { planId: bigPlanId, asOf: "2014-09-30" }, leader));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    expect((small.result.data as { planDashboard: { targets: unknown[] } }).planDashboard.targets).toHaveLength(20);
    expect((large.result.data as { planDashboard: { targets: unknown[] } }).planDashboard.targets).toHaveLength(200);
    expect(small.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(small.queries);
  });
});
