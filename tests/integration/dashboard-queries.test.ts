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
  // Amounts and counts alternate: the amounts' typed reports and the counts' named items both have rows.
  const seed = makePlanSeed({ targetCount: 200, areaCount: 8, kinds: ["AMOUNT", "COUNT"] });
  const big = await loadPlan(db, { ...seed, unit: { name: "测试县科技局", level: "COUNTY", region: null, parentName: "益阳市科技局" } });
  bigPlanId = big.planId;
  const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
  const kinds = new Map(
    (await db.target.findMany({ where: { planId: big.planId }, select: { id: true, kind: true } })).map((t) => [t.id, t.kind]),
  );
  const days = ["2014-03-31", "2014-06-30", "2014-09-30"];
  const ids = [...big.targetIds.values()];
  // Three reports per amount, three named items per count.
  await db.progressEntry.createMany({
    data: ids
      .filter((id) => kinds.get(id) === "AMOUNT")
      .flatMap((targetId) => days.map((d, i) => ({ targetId, value: i + 1, reportedFor: isoToDbDate(d), reportedById: admin.id }))),
  });
  await db.countItem.createMany({
    data: ids
      .filter((id) => kinds.get(id) === "COUNT")
      .flatMap((targetId) => days.map((d, i) => ({ targetId, name: `测试事项${i + 1}`, date: isoToDbDate(d), createdById: admin.id }))),
  });
  expect([...kinds.values()].filter((k) => k === "COUNT")).toHaveLength(100);
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
    // the items are what the counts show: 3 items by 2014-09-30
    const targets = (large.result.data as { planDashboard: { targets: { value: number | null; target: { code: string } }[] } })
      .planDashboard.targets;
    expect(targets.every((t) => t.value === 3)).toBe(true);
  });
});
