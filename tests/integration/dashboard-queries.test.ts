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
  const big = await loadPlan(db, makePlanSeed({ targetCount: 200, areaCount: 8 }));
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
    const admin = await userNamed("admin");
    const small = await countQueries(() => gql(DASHBOARD, { planId: seededPlanId, asOf: "2013-09-30" }, admin));
    const large = await countQueries(() => gql(DASHBOARD, { planId: bigPlanId, asOf: "2014-09-30" }, admin));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    expect((small.result.data as { planDashboard: { targets: unknown[] } }).planDashboard.targets).toHaveLength(20);
    expect((large.result.data as { planDashboard: { targets: unknown[] } }).planDashboard.targets).toHaveLength(200);
    expect(small.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(small.queries);
  });
});
