// The production build for the HTTP and browser measurements, once per engine: `next build` into .next-bench (or
// a build of one's own, `dist`; tsconfig.json and next-env.d.ts, which the build rewrites, are put back as they
// were), then for each engine the demo seed (migrations + `npm run db:seed`) in a SQLite file in the system temp
// folder or in a database of a throwaway PostgreSQL cluster (scripts/lib/temp-postgres.ts), `next start` on
// 127.0.0.1:<port> against it (the app picks its engine from DATABASE_URL when it starts, so one build serves both)
// and sessions of three demo users. Everything is removed when the callback ends, whatever happens.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startTempPostgres } from "../lib/temp-postgres";

export type BenchEngine = "sqlite" | "postgres";
const DEFAULT_PORT = 3131;
const DEFAULT_DIST = ".next-bench";

/**
 * next build adds its folder's types to tsconfig.json's include and points next-env.d.ts at them. Only that is
 * undone: when another engineer changed tsconfig.json meanwhile, their change stays and only the build's
 * entries go.
 */
function undoBuildEdits(saved: Map<string, Buffer>, dist: string) {
  for (const [file, content] of saved) {
    const now = fs.readFileSync(file);
    if (now.equals(content)) continue;
    if (file !== "tsconfig.json") {
      fs.writeFileSync(file, content);
      continue;
    }
    const config = JSON.parse(now.toString("utf8")) as { include?: string[] };
    config.include = config.include?.filter((entry) => !entry.startsWith(`${dist}/`));
    const before = JSON.parse(content.toString("utf8")) as unknown;
    fs.writeFileSync(file, JSON.stringify(config) === JSON.stringify(before) ? content : `${JSON.stringify(config, null, 2)}\n`);
  }
}

export interface BenchServer {
  engine: BenchEngine;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Cookie headers of three signed-in demo users (the GraphQL endpoint lets one user have 4 requests in flight) */
  cookies: string[];
  /** where the leader lands: the 2013 plan's dashboard */
  dashboardPath: string;
  planId: string;
}

export interface BenchServerOptions {
  log: (s: string) => void;
  /** development of the bench itself: build only when the build folder is missing, and keep it afterwards */
  reuseBuild?: boolean;
  port?: number;
  /** the build folder (NEXT_DIST_DIR), .next-bench unless given */
  dist?: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, logFile?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = logFile ? fs.openSync(logFile, "a") : "ignore";
    const child = spawn(command, args, { env, stdio: ["ignore", log, log] });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}${logFile ? `; see ${logFile}` : ""}`)),
    );
  });
}

async function waitFor(url: string, server: ChildProcess, seconds: number) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

export async function signIn(origin: string, username: string, password = "demo2013"): Promise<{ cookie: string; location: string }> {
  const response = await fetch(`${origin}/api/auth/sign-in`, {
    method: "POST",
    body: new URLSearchParams({ username, password, next: "/" }),
    headers: { origin },
    redirect: "manual",
  });
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]);
  const location = response.headers.get("location") ?? "";
  if (cookie.length === 0 || location.includes("error")) throw new Error(`sign-in as ${username} failed: ${response.status} → ${location}`);
  return { cookie: cookie.join("; "), location: await landing(origin, location, cookie.join("; ")) };
}

/** Where a signed-in user ends up from `path` (the home page sends each role to its own page). */
async function landing(origin: string, path: string, cookie: string): Promise<string> {
  for (let hop = 0; hop < 5; hop++) {
    const response = await fetch(new URL(path, origin), { headers: { cookie }, redirect: "manual" });
    const next = response.headers.get("location");
    if (!next) return new URL(path, origin).pathname;
    path = next;
  }
  throw new Error(`too many redirects from ${path}`);
}

/** A seeded demo database for `engine`: its DATABASE_URL and how to drop it. */
async function demoDatabase(engine: BenchEngine, work: string, env: NodeJS.ProcessEnv, logFile: string) {
  let url = `file:${path.join(work, "bench.db")}`;
  let drop = async () => {};
  if (engine === "postgres") {
    const cluster = await startTempPostgres();
    drop = () => cluster.stop();
    try {
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query("CREATE DATABASE ptt_http");
      await admin.end();
    } catch (e) {
      await drop();
      throw e;
    }
    url = cluster.url.replace(/\/postgres$/, "/ptt_http");
  }
  try {
    await run("npm", ["run", "--silent", "db:migrate"], { ...env, DATABASE_URL: url }, logFile);
    await run("npm", ["run", "--silent", "db:seed"], { ...env, DATABASE_URL: url }, logFile);
  } catch (e) {
    await drop();
    throw e;
  }
  return { url, drop };
}

/** Builds once, then runs `fn` against the build on each engine in turn. */
export async function withBenchServers(
  engines: BenchEngine[],
  fn: (server: BenchServer) => Promise<void>,
  options: BenchServerOptions,
): Promise<void> {
  const dist = options.dist ?? DEFAULT_DIST;
  const port = options.port ?? DEFAULT_PORT;
  const origin = `http://127.0.0.1:${port}`;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "ptt-bench-http-"));
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: dist,
    // the build reads no data: a path that is never seeded
    DATABASE_URL: `file:${path.join(work, "build.db")}`,
    SESSION_SECRET: randomBytes(32).toString("hex"),
    ADMIN_PASSWORD: `bench-${randomUUID()}`,
  };
  const saved = new Map(["tsconfig.json", "next-env.d.ts"].filter((f) => fs.existsSync(f)).map((f) => [f, fs.readFileSync(f)]));
  const logFile = path.join(work, "build.log");
  try {
    if (!options.reuseBuild || !fs.existsSync(dist)) {
      options.log(`building the app into ${dist} (next build, a few minutes on 2 cores)…`);
      const t = Date.now();
      await run("npx", ["next", "build"], env, logFile).catch((e: Error) => {
        console.error(fs.readFileSync(logFile, "utf8").slice(-4000));
        throw e;
      });
      options.log(`built in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    }
    undoBuildEdits(saved, dist);
    for (const engine of engines) {
      options.log(`[${engine}] seeding the demo and starting the build on ${origin}…`);
      const database = await demoDatabase(engine, work, env, logFile);
      let server: ChildProcess | null = null;
      try {
        server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
          env: { ...env, DATABASE_URL: database.url },
          stdio: "ignore",
          detached: true,
        });
        await waitFor(`${origin}/sign-in`, server, 60);
        const sessions = await Promise.all(["leader", "assessor", "jihua"].map((u) => signIn(origin, u)));
        const dashboardPath = sessions[0].location;
        const planId = dashboardPath.match(/^\/plans\/([^/?]+)/)?.[1];
        if (!planId) throw new Error(`the leader landed on ${dashboardPath}, not a dashboard`);
        await fn({ engine, origin, cookies: sessions.map((s) => s.cookie), dashboardPath, planId });
      } finally {
        if (server?.pid) await stopGroup(server);
        await database.drop();
      }
    }
  } finally {
    undoBuildEdits(saved, dist);
    if (!options.reuseBuild) fs.rmSync(dist, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Ends `next start` and the node process it spawned (its own process group), waiting until it is gone. */
async function stopGroup(server: ChildProcess) {
  const gone = new Promise((r) => server.once("exit", r));
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    return;
  }
  await Promise.race([gone, new Promise((r) => setTimeout(r, 10_000))]);
  try {
    process.kill(-server.pid!, "SIGKILL");
  } catch {
    // already gone
  }
}
