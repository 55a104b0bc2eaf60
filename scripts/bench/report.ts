// The table `npm run bench` ends with (Markdown, as BENCHMARKS.md records it): every ratio on each engine and
// whether its goal holds.
import type { FirstLoad, LighthouseFigure } from "./browser";
import type { HttpFigure } from "./http";
import type { Pair, Timing } from "./measure";

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
  staticChunk: HttpFigure;
  trivial: HttpFigure;
  dashboardQuery: HttpFigure;
  dashboardPage: HttpFigure;
  signInPage: HttpFigure;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const yes = (ok: boolean) => (ok ? "yes" : "**no**");

export function report(
  engines: EngineResults[],
  http: HttpResults | null,
  firstLoad: FirstLoad | null,
  lighthouse: LighthouseFigure[] | null,
) {
  const lines: string[] = [];
  const columns = engines.map((e) => (e.engine === "sqlite" ? "SQLite" : "PostgreSQL"));
  lines.push(`| Measure | Goal | ${columns.join(" | ")} | Holds |`, `|---|---|${columns.map(() => "---|").join("")}---|`);
  const row = (measure: string, goal: string, cells: string[], holds: boolean) =>
    lines.push(`| ${measure} | ${goal} | ${cells.join(" | ")} | ${yes(holds)} |`);
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
    `| (of a unit-year's dashboard, its read — loadPlanState's statements and rows through Prisma — takes) | — | ${share.map((p) => `${(p.ratio * 100).toFixed(0)}% (${p.service.median.toFixed(1)} of ${p.floor.median.toFixed(1)} ms)`).join(" | ")} | — |`,
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
  if (http) {
    const blank = columns.slice(1).map(() => "—");
    const share = (a: HttpFigure, b: HttpFigure, measure: string, limit: number) =>
      row(
        measure,
        `≥ ${limit * 100}%`,
        [
          `**${((a.requestsPerSecond / b.requestsPerSecond) * 100).toFixed(0)}%** (${a.requestsPerSecond.toFixed(0)} / ${b.requestsPerSecond.toFixed(0)} req/s)`,
          ...blank,
        ],
        a.requestsPerSecond / b.requestsPerSecond >= limit,
      );
    share(http.trivial, http.staticChunk, `4. HTTP, ${http.connections} connections: signed-in \`{ __typename }\` ÷ static chunk`, 0.25);
    share(http.dashboardQuery, http.trivial, "4. HTTP: dashboard GraphQL query (2013 plan) ÷ `{ __typename }`", 0.5);
    share(http.dashboardPage, http.signInPage, "4. HTTP: dashboard page ÷ sign-in page", 0.5);
  }
  if (firstLoad) {
    const blank = columns.slice(1).map(() => "—");
    row(
      "6. dashboard first-load JavaScript, gzipped",
      "≤ 150 KB",
      [`**${firstLoad.gzipKB.toFixed(0)} KB** (${firstLoad.chunks} chunks)`, ...blank],
      firstLoad.gzipKB <= 150,
    );
  }
  for (const l of lighthouse ?? []) {
    const blank = columns.slice(1).map(() => "—");
    row(
      `6. Lighthouse desktop, ${l.page}: performance / accessibility`,
      "≥ 95 / ≥ 95",
      [
        `**${l.performance} / ${l.accessibility}** (TBT ${l.totalBlockingTimeMs.toFixed(0)} ms, LCP ${l.largestContentfulPaintMs.toFixed(0)} ms)`,
        ...blank,
      ],
      l.performance >= 95 && l.accessibility >= 95,
    );
  }
  return lines.join("\n");
}
