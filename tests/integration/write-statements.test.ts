// #12: a report sent 23 SQL statements and a named item 29 (a Prisma read of the whole plan after each write,
// the month locks in three reads, the target and its plan in two). Goal: ≤ 10 and ≤ 12. The answer is now made
// from what the write's transaction read, so it must also be exactly what the dashboard reads afterwards.
import { beforeAll, describe, expect, it } from "vitest";
import { resolveDatabase } from "../../lib/server/database-url";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { countQueries, gql, userNamed, versionOf } from "./harness";

const FIRMS = "二.(一).1.(1)"; // 高企数量增长10%, baseline 120 (demo), 高新办; demo: 133 on 2013-12-31
const CENTRES = "二.(一).3.(3)"; // 组建市级工程技术研究中心4家: named items, 2 in the demo (计划科)

const PROGRESS = `status value ratio expectedRatio band reportedFor forecast { value ratio }
  target { id version points nominalPoints owners { name } applicability }`;
const RECORD = `mutation R($input: RecordProgressInput!) {
  recordProgress(input: $input) { entry { id value reportedFor counts checkStatus } progress { ${PROGRESS} } } }`;
const ADD = `mutation A($input: AddCountItemInput!) {
  addCountItem(input: $input) { item { id name date section { name } status } progress { ${PROGRESS} } } }`;
const DASHBOARD = `query D($planId: ID!) { planDashboard(planId: $planId) { targets { ${PROGRESS} } } }`;

// PostgreSQL puts audit writers in line with an advisory lock (lib/server/audit/write-audit.ts): one statement more
const AUDIT_LOCK = resolveDatabase().provider === "postgresql" ? 1 : 0;

let ids: Map<string, string>;
let planId: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  planId = seeded.loaded!.planId;
});

async function onDashboard(targetId: string) {
  const res = await gql<{ planDashboard: { targets: { target: { id: string } }[] } }>(DASHBOARD, { planId }, await userNamed("leader"));
  expect(res.errors).toBeUndefined();
  return res.data!.planDashboard.targets.find((t) => t.target.id === targetId);
}

describe("SQL statements per write", () => {
  it("recordProgress: 9 (the operation's resource check, the target's facts; in the transaction the month locks, the version, the reports, the entry, the audit link, commit)", async () => {
    const targetId = ids.get(FIRMS)!;
    const gaoxin = await userNamed("gaoxin");
    const input = { targetId, value: 140, reportedFor: "2013-12-31", expectedVersion: await versionOf("target", targetId) };
    const { result, queries } = await countQueries(() =>
      gql<{ recordProgress: { entry: object; progress: object } }>(RECORD, { input }, gaoxin),
    );
    expect(result.errors).toBeUndefined();
    expect(queries).toBe(9 + AUDIT_LOCK);
    const { entry, progress } = result.data!.recordProgress;
    expect(entry).toMatchObject({ value: 140, reportedFor: "2013-12-31", counts: true, checkStatus: "ACCEPTED" });
    // (140 − 120) / 120 = 16.7% growth against the required 10%; the demo's 133 on the same day is superseded
    expect(progress).toMatchObject({
      value: 140,
      reportedFor: "2013-12-31",
      status: "DONE",
      target: { version: 2, owners: [{ name: "高新办" }] },
    });
    expect((progress as { ratio: number }).ratio).toBeCloseTo(20 / 12, 10);
    expect(progress).toEqual(await onDashboard(targetId));
  });

  it("addCountItem: 9 (the operation's resource check, the target's facts; in the transaction the month locks, the version, the items, the item, the audit link, commit)", async () => {
    const targetId = ids.get(CENTRES)!;
    const jihua = await userNamed("jihua");
    const input = {
      targetId,
      name: "益阳市第三个工程技术研究中心",
      date: "2013-12-05",
      expectedVersion: await versionOf("target", targetId),
    };
    const { result, queries } = await countQueries(() => gql<{ addCountItem: { item: object; progress: object } }>(ADD, { input }, jihua));
    expect(result.errors).toBeUndefined();
    expect(queries).toBe(9 + AUDIT_LOCK);
    const { item, progress } = result.data!.addCountItem;
    expect(item).toMatchObject({ name: "益阳市第三个工程技术研究中心", date: "2013-12-05", section: null, status: "ACTIVE" });
    // the demo's two centres and this one: 3 of 4
    expect(progress).toMatchObject({ value: 3, ratio: 0.75, target: { version: 2, owners: [{ name: "计划科" }] } });
    expect(progress).toEqual(await onDashboard(targetId));
  });
});
