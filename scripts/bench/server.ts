// The production build on a private port for the HTTP and browser measurements: a seeded SQLite file in the
// system temp folder, `next build` into .next-bench (tsconfig.json and next-env.d.ts, which the build rewrites,
// are put back as they were), `next start` on 127.0.0.1:3131, sessions of three demo users. Everything is removed
// when the callback ends, whatever happens.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const PORT = 3131;
export const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIST = ".next-bench";

/**
 * next build adds its folder's types to tsconfig.json's include and points next-env.d.ts at them. Only that is
 * undone: when another engineer changed tsconfig.json meanwhile, their change stays and only the .next-bench
 * entries go.
 */
function undoBuildEdits(saved: Map<string, Buffer>) {
  for (const [file, content] of saved) {
    const now = fs.readFileSync(file);
    if (now.equals(content)) continue;
    if (file !== "tsconfig.json") {
      fs.writeFileSync(file, content);
      continue;
    }
    const config = JSON.parse(now.toString("utf8")) as { include?: string[] };
    config.include = config.include?.filter((entry) => !entry.startsWith(`${DIST}/`));
    const before = JSON.parse(content.toString("utf8")) as unknown;
    fs.writeFileSync(file, JSON.stringify(config) === JSON.stringify(before) ? content : `${JSON.stringify(config, null, 2)}\n`);
  }
}

export interface BenchServer {
  /** Cookie headers of three signed-in demo users (the GraphQL endpoint lets one user have 4 requests in flight) */
  cookies: string[];
  /** where the leader lands: the 2013 plan's dashboard */
  dashboardPath: string;
  planId: string;
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

export async function signIn(username: string, password = "demo2013"): Promise<{ cookie: string; location: string }> {
  const response = await fetch(`${ORIGIN}/api/auth/sign-in`, {
    method: "POST",
    body: new URLSearchParams({ username, password, next: "/" }),
    headers: { origin: ORIGIN },
    redirect: "manual",
  });
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]);
  const location = response.headers.get("location") ?? "";
  if (cookie.length === 0 || location.includes("error")) throw new Error(`sign-in as ${username} failed: ${response.status} → ${location}`);
  return { cookie: cookie.join("; "), location: await landing(location, cookie.join("; ")) };
}

/** Where a signed-in user ends up from `path` (the home page sends each role to its own page). */
async function landing(path: string, cookie: string): Promise<string> {
  for (let hop = 0; hop < 5; hop++) {
    const response = await fetch(new URL(path, ORIGIN), { headers: { cookie }, redirect: "manual" });
    const next = response.headers.get("location");
    if (!next) return new URL(path, ORIGIN).pathname;
    path = next;
  }
  throw new Error(`too many redirects from ${path}`);
}

/** reuseBuild (development of the bench itself): build only when .next-bench is missing, and keep it afterwards. */
export async function withBenchServer<T>(
  fn: (server: BenchServer) => Promise<T>,
  options: { log: (s: string) => void; reuseBuild?: boolean },
): Promise<T> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "ptt-bench-http-"));
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: DIST,
    DATABASE_URL: `file:${path.join(work, "bench.db")}`,
    SESSION_SECRET: randomBytes(32).toString("hex"),
    ADMIN_PASSWORD: `bench-${randomUUID()}`,
  };
  const saved = new Map(["tsconfig.json", "next-env.d.ts"].filter((f) => fs.existsSync(f)).map((f) => [f, fs.readFileSync(f)]));
  let server: ChildProcess | null = null;
  try {
    const log = path.join(work, "build.log");
    options.log("seeding a SQLite file and building the app (next build, a few minutes on 2 cores)…");
    await run("npm", ["run", "--silent", "db:migrate"], env, log);
    await run("npm", ["run", "--silent", "db:seed"], env, log);
    const t = Date.now();
    if (!options.reuseBuild || !fs.existsSync(DIST)) {
      await run("npx", ["next", "build"], env, log).catch((e: Error) => {
        console.error(fs.readFileSync(log, "utf8").slice(-4000));
        throw e;
      });
      options.log(`built in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    }
    undoBuildEdits(saved);
    const started = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], { env, stdio: "ignore", detached: true });
    server = started;
    await waitFor(`${ORIGIN}/sign-in`, started, 60);
    const sessions = await Promise.all(["leader", "assessor", "jihua"].map((u) => signIn(u)));
    const dashboardPath = sessions[0].location;
    const planId = dashboardPath.match(/^\/plans\/([^/?]+)/)?.[1];
    if (!planId) throw new Error(`the leader landed on ${dashboardPath}, not a dashboard`);
    return await fn({ cookies: sessions.map((s) => s.cookie), dashboardPath, planId });
  } finally {
    if (server?.pid) await stopGroup(server);
    undoBuildEdits(saved);
    if (!options.reuseBuild) fs.rmSync(DIST, { recursive: true, force: true });
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
