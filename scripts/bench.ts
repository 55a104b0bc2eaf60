// `npm run bench [-- --scale province|quick] [--engines sqlite,postgres|none] [--only in-process,http,browser] [--no-http]
//   [--no-browser] [--json <file>] [--reuse-build] [--dist <build folder>] [--port <n>]`
//
// Issue #12's measurements in one run, as ratios measured side by side (the machine's speed and load cancel out):
// on SQLite and on PostgreSQL (a throwaway cluster), each in its own process (scripts/bench/engine-run.ts), a
// generated province (scripts/bench/generate-province.ts) and every service against its floor — one hand-written
// SQL query plus the same domain rules — the SQL statements per operation and the XLSX against the CSV; then
// the production build over HTTP (scripts/bench/http.ts) and in a browser (scripts/bench/browser.ts), built once
// and started on each engine in turn. Ends with the table BENCHMARKS.md records. `--only` runs some of the three
// parts (`--only http`: the HTTP figures alone, on each engine of --engines); `--dist` and `--port` let a run
// use a build folder and port of its own beside someone else's run. Nothing is left behind: databases and builds
// live in the temp folder or are removed, the clusters are stopped (--reuse-build, for work on the bench itself,
// builds only when the build folder is missing and keeps it: .next-bench, or --dist's).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startTempPostgres } from "./lib/temp-postgres";
import { firstLoadJs, lighthousePages, type FirstLoad } from "./bench/browser";
import { measureHttp } from "./bench/http";
import { report, type EngineResults, type ServedResults } from "./bench/report";
import { withBenchServers, type BenchEngine } from "./bench/server";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const scale = option("scale", "province");
if (scale !== "province" && scale !== "quick") throw new Error(`--scale province|quick, not ${scale}`);
const engines = option("engines", "sqlite,postgres")
  .split(",")
  .filter((e) => e && e !== "none") as BenchEngine[];
for (const e of engines) if (e !== "sqlite" && e !== "postgres") throw new Error(`--engines sqlite,postgres, not ${e}`);
const PARTS = ["in-process", "http", "browser"];
const only = option("only", PARTS.join(",")).split(",");
for (const p of only) if (!PARTS.includes(p)) throw new Error(`--only ${PARTS.join(",")}, not ${p}`);
const runs = (part: string) => only.includes(part) && !args.includes(`--no-${part}`);
const log = (s: string) => console.log(s);

function engineRun(databaseUrl: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", "scripts/bench/engine-run.ts", "--scale", scale, "--out", out],
      { stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl } },
    );
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`engine run on ${databaseUrl.split(":")[0]} exited with ${code}`)),
    );
  });
}

async function onSqlite(out: string) {
  const file = path.join(os.tmpdir(), `ptt-bench-${randomUUID()}.db`);
  try {
    await engineRun(`file:${file}`, out);
  } finally {
    for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
  }
}

async function onPostgres(out: string) {
  const cluster = await startTempPostgres();
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("CREATE DATABASE ptt_bench");
    await admin.end();
    await engineRun(cluster.url.replace(/\/postgres$/, "/ptt_bench"), out);
  } finally {
    await cluster.stop();
  }
}

const started = new Date();
const load = os.loadavg();
const results: EngineResults[] = [];
const work = fs.mkdtempSync(path.join(os.tmpdir(), "ptt-bench-results-"));
const served: Partial<Record<BenchEngine, ServedResults>> = {};
try {
  for (const engine of runs("in-process") ? engines : []) {
    const out = path.join(work, `${engine}.json`);
    await (engine === "sqlite" ? onSqlite(out) : onPostgres(out));
    results.push(JSON.parse(fs.readFileSync(out, "utf8")) as EngineResults);
  }
  if (engines.length > 0 && (runs("http") || runs("browser"))) {
    await withBenchServers(
      engines,
      async (server) => {
        const figures: ServedResults = (served[server.engine] = {});
        if (runs("http")) figures.http = await measureHttp(server, log);
        if (runs("browser")) {
          const firstLoad: FirstLoad = (figures.firstLoad = await firstLoadJs(server));
          log(
            `[${server.engine}] dashboard first-load JS ${firstLoad.gzipKB.toFixed(1)} KB gzipped in ${firstLoad.chunks} chunks; largest:`,
          );
          for (const c of firstLoad.largest) log(`  ${c.gzipKB.toFixed(1).padStart(6)} KB ${c.path} ${c.holds.join(", ")}`);
          figures.lighthouse = await lighthousePages(server, log);
        }
      },
      {
        log,
        reuseBuild: args.includes("--reuse-build"),
        dist: option("dist", "") || undefined,
        port: args.includes("--port") ? Number(option("port", "")) : undefined,
      },
    );
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

const cpus = os.cpus();
const machine = `${cpus.length} × ${cpus[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${load[0].toFixed(1)} at the start`;
console.log(
  `\n${started.toISOString()} — ${machine}${results.length ? `; scale ${scale}: ` : ""}${results.map((r) => `${r.engine} ${r.generation.reports} reports, ${r.generation.rows} rows generated in ${r.generation.seconds.toFixed(0)} s`).join("; ")}\n`,
);
console.log(report(engines, results, served));
const json = option("json", "");
if (json) fs.writeFileSync(json, JSON.stringify({ started, machine, scale, results, served }, null, 2));
