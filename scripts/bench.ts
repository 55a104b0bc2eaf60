// `npm run bench`: how the dashboard and the 报送纪律 view scale with plan size, as ratios (machine speed
// cancels out). Targets: a 10× larger plan costs at most 10× the time (linear, no N+1) and the same number
// of SQL statements; a report or a named item (validation, lock check, transaction, audit, then re-reading
// the target) stays under 4× the dashboard of the real plan.
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { applyMigrations } from "./lib/apply-migrations";

const file = path.join(os.tmpdir(), `ptt-bench-${randomUUID()}.db`);
process.env.DATABASE_URL = `file:${file}`;
await applyMigrations(process.env.DATABASE_URL);

const { db, disconnectDb, sqlStatementCount } = await import("../lib/server/db");
const { seedDefaultData } = await import("../lib/server/seed/seed-default-data");
const { loadPlan } = await import("../lib/server/seed/load-plan");
const { findPlanDashboard } = await import("../lib/server/plans/find-plan-dashboard");
const { recordProgress } = await import("../lib/server/progress/record-progress");
const { addCountItem } = await import("../lib/server/items/add-count-item");
const { findReportingDiscipline } = await import("../lib/server/discipline/find-reporting-discipline");
const { findSessionUser } = await import("../lib/server/auth/session");
const { makePlanSeed } = await import("../tests/factories/plan-factory");

async function time(label: string, fn: () => Promise<unknown>, runs = 30) {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  const sql0 = sqlStatementCount();
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(runs / 2)];
  const statements = (sqlStatementCount() - sql0) / runs;
  console.log(`${label.padEnd(34)} median ${median.toFixed(2).padStart(8)} ms  ${statements} SQL/op`);
  return { median, statements };
}

const seeded = await seedDefaultData({ demo: true, adminPassword: "bench-admin" });
const plans: Record<number, string> = { 20: seeded.loaded!.planId };
for (const [n, year] of [
  [200, 2014],
  [2000, 2015],
] as const) {
  const loaded = await loadPlan(db, makePlanSeed({ targetCount: n, areaCount: 8, year, unitName: `基准${n}` }));
  const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
  await db.progressEntry.createMany({
    data: [...loaded.targetIds.values()].flatMap((targetId) =>
      [3, 6, 9].map((m, i) => ({ targetId, value: i + 1, reportedFor: new Date(Date.UTC(year, m - 1, 28)), reportedById: admin.id })),
    ),
  });
  plans[n] = loaded.planId;
}

const heap0 = process.memoryUsage().heapUsed;
const d20 = await time("dashboard, 20 targets (2013 plan)", () => findPlanDashboard({ planId: plans[20], asOf: "2013-09-30" }));
const d200 = await time("dashboard, 200 targets", () => findPlanDashboard({ planId: plans[200], asOf: "2014-09-30" }));
const d2000 = await time("dashboard, 2000 targets", () => findPlanDashboard({ planId: plans[2000], asOf: "2015-09-30" }), 10);
const heap = (process.memoryUsage().heapUsed - heap0) / 1024 / 1024;
const r20 = await time("discipline, 20 targets", () => findReportingDiscipline({ planId: plans[20] }));
const r200 = await time("discipline, 200 targets", () => findReportingDiscipline({ planId: plans[200] }), 10);
const r2000 = await time("discipline, 2000 targets", () => findReportingDiscipline({ planId: plans[2000] }), 5);

const userNamed = async (username: string) => (await findSessionUser((await db.user.findUniqueOrThrow({ where: { username } })).id))!;
const gaoxin = await userNamed("gaoxin");
const jihua = await userNamed("jihua");
const firms = seeded.loaded!.targetIds.get("二.(一).1.(1)")!;
const centres = seeded.loaded!.targetIds.get("二.(一).3.(3)")!;
// each save sends the target's version it was shown, as the forms do
const versionOf = async (id: string) => (await db.target.findUniqueOrThrow({ where: { id } })).version;
let v = 130;
let firmsVersion = await versionOf(firms);
const write = await time("recordProgress (validated + audited)", async () => {
  const saved = await recordProgress({
    user: gaoxin,
    targetId: firms,
    value: v++,
    reportedFor: "2013-12-05",
    expectedVersion: firmsVersion,
  });
  firmsVersion = saved.progress.target.version;
  return saved;
});
let n = 0;
let centresVersion = await versionOf(centres);
const item = await time("addCountItem (validated + audited)", async () => {
  const saved = await addCountItem({
    user: jihua,
    targetId: centres,
    name: `基准中心${n++}`,
    date: "2013-12-05",
    expectedVersion: centresVersion,
  });
  centresVersion = saved.progress.target.version;
  return saved;
});

const ratio = (a: number, b: number) => (a / b).toFixed(2);
console.log("");
console.log(`time ratio 200/20    = ${ratio(d200.median, d20.median)}  (target ≤ 10, linear)`);
console.log(`time ratio 2000/200  = ${ratio(d2000.median, d200.median)}  (target ≤ 10, linear)`);
console.log(`SQL ratio 2000/20    = ${ratio(d2000.statements, d20.statements)}  (target = 1.00, no N+1)`);
console.log(`discipline 200/20    = ${ratio(r200.median, r20.median)}  (target ≤ 10, linear)`);
console.log(`discipline 2000/200  = ${ratio(r2000.median, r200.median)}  (target ≤ 10, linear)`);
console.log(`discipline SQL 2000/20 = ${ratio(r2000.statements, r20.statements)}  (target = 1.00, no N+1)`);
console.log(`write/dashboard(20)  = ${ratio(write.median, d20.median)}  (target ≤ 4)`);
console.log(`item/dashboard(20)   = ${ratio(item.median, d20.median)}  (target ≤ 4)`);
console.log(`heap growth          = ${heap.toFixed(1)} MiB over ${30 + 30 + 10} dashboard builds`);

await disconnectDb();
fs.rmSync(file, { force: true });
