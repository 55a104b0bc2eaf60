// `npm run bench [-- --scale province|quick] [--engines sqlite,postgres|none] [--no-http] [--no-browser] [--json <file>] [--reuse-build]`
//
// Issue #12's measurements in one run, as ratios measured side by side (the machine's speed and load cancel out):
// on SQLite and on PostgreSQL (a throwaway cluster), each in its own process (scripts/bench/engine-run.ts), a
// generated province (scripts/bench/generate-province.ts) and every service against its floor — one hand-written
// SQL query plus the same domain rules — the SQL statements per operation and the XLSX against the CSV; then
// the production build over HTTP (scripts/bench/http.ts) and in a browser (scripts/bench/browser.ts). Ends
// with the table BENCHMARKS.md records. Nothing is left behind: databases and builds live in the temp folder or
// are removed, the cluster is stopped (--reuse-build, for work on the bench itself, keeps .next-bench).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startTempPostgres } from "./lib/temp-postgres";
import { firstLoadJs, lighthousePages, type FirstLoad, type LighthouseFigure } from "./bench/browser";
import { measureHttp } from "./bench/http";
import { report, type EngineResults, type HttpResults } from "./bench/report";
import { withBenchServer } from "./bench/server";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const scale = option("scale", "province");
if (scale !== "province" && scale !== "quick") throw new Error(`--scale province|quick, not ${scale}`);
const engines = option("engines", "sqlite,postgres")
  .split(",")
  .filter((e) => e && e !== "none");
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
let http: HttpResults | null = null;
let firstLoad: FirstLoad | null = null;
let lighthouse: LighthouseFigure[] | null = null;
try {
  for (const engine of engines) {
    const out = path.join(work, `${engine}.json`);
    if (engine === "sqlite") await onSqlite(out);
    else if (engine === "postgres") await onPostgres(out);
    else throw new Error(`--engines sqlite,postgres, not ${engine}`);
    results.push(JSON.parse(fs.readFileSync(out, "utf8")) as EngineResults);
  }
  if (!args.includes("--no-http") || !args.includes("--no-browser")) {
    await withBenchServer(
      async (server) => {
        if (!args.includes("--no-http")) http = await measureHttp(server, log);
        if (!args.includes("--no-browser")) {
          firstLoad = await firstLoadJs(server);
          log(`dashboard first-load JS ${firstLoad.gzipKB.toFixed(1)} KB gzipped in ${firstLoad.chunks} chunks; largest:`);
          for (const c of firstLoad.largest) log(`  ${c.gzipKB.toFixed(1).padStart(6)} KB ${c.path} ${c.holds.join(", ")}`);
          lighthouse = await lighthousePages(server, log);
        }
      },
      { log, reuseBuild: args.includes("--reuse-build") },
    );
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

const cpus = os.cpus();
const machine = `${cpus.length} × ${cpus[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${load[0].toFixed(1)} at the start`;
console.log(
  `\n${started.toISOString()} — ${machine}; scale ${scale}: ${results.map((r) => `${r.engine} ${r.generation.reports} reports, ${r.generation.rows} rows generated in ${r.generation.seconds.toFixed(0)} s`).join("; ")}\n`,
);
console.log(report(results, http, firstLoad, lighthouse));
const json = option("json", "");
if (json) fs.writeFileSync(json, JSON.stringify({ started, machine, scale, results, http, firstLoad, lighthouse }, null, 2));
