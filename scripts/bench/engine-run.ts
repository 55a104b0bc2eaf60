// One engine's in-process measurements, run by scripts/bench.ts in a process of its own (the app's Prisma client is
// chosen once per process by DATABASE_URL): migrate, seed the demo, generate the province and the size series,
// then every service against its floor, the statements per operation and the XLSX against the CSV. Writes the
// results as JSON to the file named by --out.
import fs from "node:fs";
import { applyMigrations } from "../lib/apply-migrations";
import type { Pair, Timing } from "./measure";

const arg = (name: string) => process.argv[process.argv.indexOf(`--${name}`) + 1];
const scaleName = arg("scale") as "province" | "quick";
const out = arg("out");
const url = process.env.DATABASE_URL!;
const engine = url.startsWith("postgres") ? "postgres" : "sqlite";

await applyMigrations(url);
const { db, disconnectDb } = await import("../../lib/server/db");
const { seedDefaultData } = await import("../../lib/server/seed/seed-default-data");
const { generateProvince, generatePlan, SCALES } = await import("./generate-province");
const { pair, single, sameFigures } = await import("./measure");
const { openRawDb } = await import("./raw-sql");
const floors = {
  dashboard: await import("./floors/dashboard"),
  discipline: await import("./floors/discipline"),
  rollup: await import("./floors/rollup"),
  score: await import("./floors/score-sheet"),
};
const { findPlanDashboard } = await import("../../lib/server/plans/find-plan-dashboard");
const { findReportingDiscipline } = await import("../../lib/server/discipline/find-reporting-discipline");
const { findPlanRollups } = await import("../../lib/server/units/find-rollup");
const { findScoreSheet } = await import("../../lib/server/scores/find-score-sheet");
const { scoreWorkbook, scoreCsv } = await import("../../lib/server/export/score-workbook");
const { findItemsByPlan } = await import("../../lib/server/items/find-items");
const { recordProgress } = await import("../../lib/server/progress/record-progress");
const { addCountItem } = await import("../../lib/server/items/add-count-item");
const { findSessionUser } = await import("../../lib/server/auth/session");
const { loadPlanState } = await import("../../lib/server/plan-state/load-plan-state");

const log = (s: string) => console.log(`[${engine}] ${s}`);
const scale = SCALES[scaleName];
const t0 = Date.now();
const seeded = await seedDefaultData({ demo: true, adminPassword: "bench-admin" });
const province = await generateProvince(db, scale);
const sizeYear = scale.firstYear + 2;
const sized = new Map<number, string>();
for (const n of [10, 200, 2000]) {
  const unit = await generatePlan(db, { name: `基准规模${n}科技局`, parentId: province.province.id, year: sizeYear, targets: n });
  sized.set(n, unit.plans.get(sizeYear)!);
}
// PostgreSQL's autovacuum would have analysed tables this size by now; SQLite keeps no statistics unless asked
if (engine === "postgres") await db.$executeRawUnsafe("ANALYZE");
const rows = Object.values(province.rows).reduce((a, b) => a + b, 0);
const generation = { seconds: (Date.now() - t0) / 1000, rows, reports: province.rows.ProgressEntry + province.rows.Correction };
log(`generated ${scaleName}: ${rows} rows (${generation.reports} reports) in ${generation.seconds.toFixed(0)} s`);

const raw = await openRawDb();
const userNamed = async (username: string) => (await findSessionUser((await db.user.findUniqueOrThrow({ where: { username } })).id))!;

// a spread of unit-years: every county in turn, each in a different year
const unitYears = province.counties.map((c, i) => {
  const year = province.years[i % province.years.length];
  return { planId: c.plans.get(year)!, year };
});
const at = (i: number) => unitYears[i % unitYears.length];
const cityYears = province.years.map((year) => ({ planId: province.cities[0].plans.get(year)!, year }));
const cityAt = (i: number) => cityYears[i % cityYears.length];
const scoredYears = unitYears.filter((u) => u.year < scale.firstYear + scale.years - 1);
const scoredAt = (i: number) => scoredYears[i % scoredYears.length];
const big = sized.get(2000)!;
const cityLeader = await userNamed(province.cities[0].leader);

// the floor must do the same job: its figures equal the service's, checked before anything is timed
for (let i = 0; i < 5; i++) {
  const u = at(i);
  const s = scoredAt(i);
  const c = cityAt(i);
  sameFigures(
    "dashboard",
    floors.dashboard.dashboardFigures(await findPlanDashboard({ planId: u.planId, asOf: `${u.year}-09-30` })),
    await floors.dashboard.dashboardFloor(raw, u.planId, `${u.year}-09-30`),
  );
  sameFigures(
    "discipline",
    floors.discipline.disciplineFigures(await findReportingDiscipline({ planId: u.planId, asOf: `${u.year}-12-31` })),
    await floors.discipline.disciplineFloor(raw, u.planId, `${u.year}-12-31`),
  );
  sameFigures(
    "score sheet",
    floors.score.scoreSheetFigures(await findScoreSheet({ planId: s.planId })),
    await floors.score.scoreSheetFloor(raw, s.planId, s.year),
  );
  sameFigures(
    "roll-up",
    floors.rollup.rollupFigures(await findPlanRollups({ user: cityLeader, planId: c.planId, asOf: `${c.year}-09-30` })),
    await floors.rollup.rollupFloor(raw, c.planId, `${c.year}-09-30`),
  );
}
sameFigures(
  "dashboard 2000",
  floors.dashboard.dashboardFigures(await findPlanDashboard({ planId: big, asOf: `${sizeYear}-09-30` })),
  await floors.dashboard.dashboardFloor(raw, big, `${sizeYear}-09-30`),
);
log("every floor gives the service's figures");

const pairs: Record<string, Pair> = {};
const asOfSep = (u: { year: number }) => `${u.year}-09-30`;
pairs.dashboardUnitYear = await pair(
  "dashboard, a unit-year (40 targets)",
  (i) => findPlanDashboard({ planId: at(i).planId, asOf: asOfSep(at(i)) }),
  (i) => floors.dashboard.dashboardFloor(raw, at(i).planId, asOfSep(at(i))),
  40,
);
pairs.dashboard2000 = await pair(
  "dashboard, 2,000 targets",
  () => findPlanDashboard({ planId: big, asOf: `${sizeYear}-09-30` }),
  () => floors.dashboard.dashboardFloor(raw, big, `${sizeYear}-09-30`),
  10,
);
pairs.disciplineUnitYear = await pair(
  "报送纪律, a unit-year",
  (i) => findReportingDiscipline({ planId: at(i).planId, asOf: `${at(i).year}-12-31` }),
  (i) => floors.discipline.disciplineFloor(raw, at(i).planId, `${at(i).year}-12-31`),
  30,
);
pairs.discipline2000 = await pair(
  "报送纪律, 2,000 targets",
  () => findReportingDiscipline({ planId: big, asOf: `${sizeYear}-12-31` }),
  () => floors.discipline.disciplineFloor(raw, big, `${sizeYear}-12-31`),
  6,
);
pairs.rollup = await pair(
  `county roll-up, ${province.counties.length} counties`,
  (i) => findPlanRollups({ user: cityLeader, planId: cityAt(i).planId, asOf: asOfSep(cityAt(i)) }),
  (i) => floors.rollup.rollupFloor(raw, cityAt(i).planId, asOfSep(cityAt(i))),
  20,
);
pairs.scoreSheet = await pair(
  "score sheet, a unit-year",
  (i) => findScoreSheet({ planId: scoredAt(i).planId }),
  (i) => floors.score.scoreSheetFloor(raw, scoredAt(i).planId, scoredAt(i).year),
  30,
);

// what one statement costs through Prisma: a one-row read against the same SELECT through the driver
pairs.oneRow = await pair(
  "one-row findUnique vs the driver's SELECT",
  (i) => db.plan.findUnique({ where: { id: at(i).planId } }),
  (i) => raw.query('SELECT * FROM "Plan" WHERE id = $1', [at(i).planId]),
  200,
);

// how much of the dashboard is its read (loadPlanState: six statements straight through the driver, lib/server/sql/read-rows.ts)
pairs.planStateShare = await pair(
  "loadPlanState vs the whole dashboard",
  (i) => loadPlanState(at(i).planId),
  (i) => findPlanDashboard({ planId: at(i).planId, asOf: asOfSep(at(i)) }),
  40,
);

// 年终考评 of every county of one year: XLSX (the same rows; and as served, with the named-items sheet) against CSV
const exportYear = scale.firstYear + scale.years - 2;
const sheets = await Promise.all(province.counties.map((c) => findScoreSheet({ planId: c.plans.get(exportYear)! })));
const items = await Promise.all(sheets.map((s) => findItemsByPlan(s.plan.id)));
const writeAll = async (fn: (i: number) => Promise<unknown> | unknown) => {
  for (let i = 0; i < sheets.length; i++) await fn(i);
};
pairs.xlsx = await pair(
  `XLSX vs CSV, ${sheets.length} units`,
  () => writeAll((i) => scoreWorkbook(sheets[i], [])),
  () => writeAll((i) => scoreCsv(sheets[i])),
  5,
);
pairs.xlsxServed = await pair(
  `XLSX with items sheet vs CSV, ${sheets.length} units`,
  () => writeAll((i) => scoreWorkbook(sheets[i], items[i])),
  () => writeAll((i) => scoreCsv(sheets[i])),
  5,
);

// SQL statements per operation
const statements: Record<string, Timing> = {};
for (const [n, planId] of sized) {
  statements[`dashboard${n}`] = await single(`dashboard, ${n} targets`, () => findPlanDashboard({ planId, asOf: `${sizeYear}-09-30` }), 5);
}
const gaoxin = await userNamed("gaoxin");
const jihua = await userNamed("jihua");
const firms = seeded.loaded!.targetIds.get("二.(一).1.(1)")!;
const centres = seeded.loaded!.targetIds.get("二.(一).3.(3)")!;
const versionOf = async (id: string) => (await db.target.findUniqueOrThrow({ where: { id } })).version;
let firmsVersion = await versionOf(firms);
statements.recordProgress = await single(
  "recordProgress (validated + audited)",
  async (i) => {
    const saved = await recordProgress({
      user: gaoxin,
      targetId: firms,
      value: 130 + i,
      reportedFor: "2013-12-05",
      expectedVersion: firmsVersion,
    });
    firmsVersion = saved.progress.target.version;
  },
  20,
);
let centresVersion = await versionOf(centres);
let itemNo = 0;
statements.addCountItem = await single(
  "addCountItem (validated + audited)",
  async () => {
    const saved = await addCountItem({
      user: jihua,
      targetId: centres,
      name: `基准中心${itemNo++}`,
      date: "2013-12-05",
      expectedVersion: centresVersion,
    });
    centresVersion = saved.progress.target.version;
  },
  20,
);

await raw.close();
await disconnectDb();
fs.writeFileSync(
  out,
  JSON.stringify({ engine, scale: scaleName, generation, counties: province.counties.length, pairs, statements }, null, 2),
);
