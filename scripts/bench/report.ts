// The table `npm run bench` ends with (Markdown, as BENCHMARKS.md records it): every ratio on each engine and
// whether its goal holds.
import type { FirstLoad, LighthouseFigure } from "./browser";
import type { HttpFigure } from "./http";
import type { Pair, Timing } from "./measure";
import type { BenchEngine } from "./server";

export interface EngineResults {
  engine: "sqlite" | "postgres";
  scale: string;
  generation: { seconds: number; rows: number; reports: number };
  counties: number;
  pairs: Record<string, Pair>;
  statements: Record<string, Timing>;
}

export interface HttpResults {
  connections: number;
  rounds: number;
  seconds: number;
  staticChunk: HttpFigure;
  trivial: HttpFigure;
  dashboardQuery: HttpFigure;
  dashboardPage: HttpFigure;
  signInPage: HttpFigure;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const yes = (ok: boolean) => (ok ? "yes" : "**no**");

/** What the production build measured on one engine (HTTP, first-load JavaScript, Lighthouse), each part when run. */
export interface ServedResults {
  http?: HttpResults;
  firstLoad?: FirstLoad;
  lighthouse?: LighthouseFigure[];
}

/** One column per engine of `order`; a part that did not run on an engine shows "—" there. */
export function report(order: BenchEngine[], engines: EngineResults[], served: Partial<Record<BenchEngine, ServedResults>>) {
  const lines: string[] = [];
  const columns = order.map((e) => (e === "sqlite" ? "SQLite" : "PostgreSQL"));
  lines.push(`| Measure | Goal | ${columns.join(" | ")} | Holds |`, `|---|---|${columns.map(() => "---|").join("")}---|`);
  const row: Row = (measure, goal, cells, holds) => lines.push(`| ${measure} | ${goal} | ${cells.join(" | ")} | ${yes(holds)} |`);
  if (engines.length > 0) inProcessRows(engines, row, lines);
  servedRows(order, served, row);
  return lines.join("\n");
}

type Row = (measure: string, goal: string, cells: string[], holds: boolean) => void;

function inProcessRows(engines: EngineResults[], row: Row, lines: string[]) {
  const columns = engines.map((e) => (e.engine === "sqlite" ? "SQLite" : "PostgreSQL"));
  const ratioRow = (key: string, measure: string, limit: number) => {
    const pairs = engines.map((e) => e.pairs[key]);
    row(
      measure,
      `≤ ${limit}×`,
      pairs.map((p) => `**${p.ratio.toFixed(2)}×** (${ms(p.service.median)} / ${ms(p.floor.median)} ms)`),
      pairs.every((p) => p.ratio <= limit),
    );
  };
  const counties = engines[0]?.counties ?? 0;
  ratioRow("dashboardUnitYear", "1. dashboard, one unit-year at province scale (40 targets) ÷ floor", 2);
  ratioRow("dashboard2000", "1. dashboard, one 2,000-target plan ÷ floor", 2);
  ratioRow("disciplineUnitYear", "2. 报送纪律, one unit-year ÷ floor", 2);
  ratioRow("discipline2000", "2. 报送纪律, 2,000 targets ÷ floor", 2);
  ratioRow("rollup", `2. county roll-up of ${counties} counties ÷ floor`, 2);
  ratioRow("scoreSheet", "2. year-end score sheet, one unit-year ÷ floor", 2);
  const statementsOf = (key: string) => engines.map((e) => String(e.pairs[key].service.statements)).join(" / ");
  lines.push(
    `| (statements per call, ${columns.join(" / ")}: dashboard ${statementsOf("dashboardUnitYear")}, 报送纪律 ${statementsOf("disciplineUnitYear")}, roll-up ${statementsOf("rollup")}, score sheet ${statementsOf("scoreSheet")}; every floor 1) | | ${columns.map(() => "").join(" | ")} | |`,
  );
  const oneRow = engines.map((e) => e.pairs.oneRow);
  lines.push(
    `| (one statement through Prisma: a one-row findUnique ÷ the same SELECT through the driver) | — | ${oneRow.map((p) => `${p.ratio.toFixed(0)}× (${p.service.median.toFixed(2)} / ${p.floor.median.toFixed(2)} ms)`).join(" | ")} | — |`,
  );
  const share = engines.map((e) => e.pairs.planStateShare);
  lines.push(
    `| (of a unit-year's dashboard, its read — loadPlanState's six statements through the driver — takes) | — | ${share.map((p) => `${(p.ratio * 100).toFixed(0)}% (${p.service.median.toFixed(1)} of ${p.floor.median.toFixed(1)} ms)`).join(" | ")} | — |`,
  );
  const sql = (e: EngineResults, key: string) => e.statements[key].statements;
  row(
    "3. SQL statements per dashboard, 10 / 200 / 2,000 targets",
    "constant",
    engines.map((e) => `${sql(e, "dashboard10")} / ${sql(e, "dashboard200")} / ${sql(e, "dashboard2000")}`),
    engines.every((e) => sql(e, "dashboard10") === sql(e, "dashboard2000") && sql(e, "dashboard200") === sql(e, "dashboard2000")),
  );
  row(
    "3. SQL statements per recordProgress",
    "≤ 10",
    engines.map((e) => String(sql(e, "recordProgress"))),
    engines.every((e) => sql(e, "recordProgress") <= 10),
  );
  row(
    "3. SQL statements per addCountItem",
    "≤ 12",
    engines.map((e) => String(sql(e, "addCountItem"))),
    engines.every((e) => sql(e, "addCountItem") <= 12),
  );
  ratioRow("xlsx", `5. year-end XLSX of ${counties} units ÷ the same rows as CSV`, 3);
  ratioRow("xlsxServed", `5. (as served, with the 命名事项 sheet) ÷ CSV`, 3);
}

function servedRows(order: BenchEngine[], served: Partial<Record<BenchEngine, ServedResults>>, row: Row) {
  /** a row over the engines where `pick` found a figure; it holds when it holds on each of them */
  const servedRow = <T>(
    measure: string,
    goal: string,
    pick: (s: ServedResults) => T | undefined,
    cell: (f: T) => string,
    holds: (f: T) => boolean,
  ) => {
    const figures = order.map((e) => (served[e] ? pick(served[e]) : undefined));
    const measured = figures.filter((f): f is T => f !== undefined);
    if (measured.length === 0) return;
    row(
      measure,
      goal,
      figures.map((f) => (f === undefined ? "—" : cell(f))),
      measured.every(holds),
    );
  };
  const share = (measure: string, limit: number, a: (h: HttpResults) => HttpFigure, b: (h: HttpResults) => HttpFigure) =>
    servedRow(
      measure,
      `≥ ${limit * 100}%`,
      (s) => s.http && { a: a(s.http).requestsPerSecond, b: b(s.http).requestsPerSecond },
      ({ a, b }) => `**${((a / b) * 100).toFixed(0)}%** (${a.toFixed(0)} / ${b.toFixed(0)} req/s)`,
      ({ a, b }) => a / b >= limit,
    );
  const connections = Object.values(served).find((s) => s?.http)?.http?.connections ?? 0;
  share(
    `4. HTTP, ${connections} connections: signed-in \`{ __typename }\` ÷ static chunk`,
    0.25,
    (h) => h.trivial,
    (h) => h.staticChunk,
  );
  share(
    "4. HTTP: dashboard GraphQL query (2013 plan) ÷ `{ __typename }`",
    0.5,
    (h) => h.dashboardQuery,
    (h) => h.trivial,
  );
  share(
    "4. HTTP: dashboard page ÷ sign-in page",
    0.5,
    (h) => h.dashboardPage,
    (h) => h.signInPage,
  );
  servedRow(
    "6. dashboard first-load JavaScript, gzipped",
    "≤ 150 KB",
    (s) => s.firstLoad,
    (f) => `**${f.gzipKB.toFixed(0)} KB** (${f.chunks} chunks)`,
    (f) => f.gzipKB <= 150,
  );
  const pages =
    Object.values(served)
      .find((s) => s?.lighthouse)
      ?.lighthouse?.map((l) => l.page) ?? [];
  for (const page of pages) {
    servedRow(
      `6. Lighthouse desktop, ${page}: performance / accessibility`,
      "≥ 95 / ≥ 95",
      (s) => s.lighthouse?.find((l) => l.page === page),
      (l) =>
        `**${l.performance} / ${l.accessibility}** (TBT ${l.totalBlockingTimeMs.toFixed(0)} ms, LCP ${l.largestContentfulPaintMs.toFixed(0)} ms)`,
      (l) => l.performance >= 95 && l.accessibility >= 95,
    );
  }
}
