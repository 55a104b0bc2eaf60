// A throwaway PostgreSQL cluster: its own data folder under the system temp folder, its own port and
// socket folder, trust authentication for the `postgres` user. Used by `scripts/migrate.ts create` (the
// PostgreSQL diff needs a server for its shadow database) and by integration tests, so neither depends on
// a cluster the machine may or may not run.
import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface TempPostgres {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server and deletes its folder. Safe to call more than once. */
  stop(): Promise<void>;
}

export interface TempPostgresOptions {
  /** Folder holding initdb, pg_ctl (default: $PG_BIN or /usr/lib/postgresql/15/bin). */
  binDir?: string;
}

const DEFAULT_BIN_DIR = "/usr/lib/postgresql/15/bin";

export async function startTempPostgres(options: TempPostgresOptions = {}): Promise<TempPostgres> {
  const binDir = options.binDir ?? process.env.PG_BIN ?? DEFAULT_BIN_DIR;
  if (!fs.existsSync(path.join(binDir, "initdb"))) {
    throw new Error(`PostgreSQL binaries not found in ${binDir} (apt-get install -y postgresql, or set PG_BIN)`);
  }

  const root = fs.mkdtempSync(path.join(os.tmpdir(), "temp-pg-"));
  const dataDir = path.join(root, "data");
  // initdb refuses to run as root, so as root the cluster belongs to the postgres user, who must be able
  // to enter the (root-owned, mode 0700) temp folder.
  const asPostgres = process.getuid?.() === 0;
  if (asPostgres) chownToPostgres(root);

  try {
    await pgTool(asPostgres, path.join(binDir, "initdb"), [
      "-D",
      dataDir,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
      "--locale=C.UTF-8",
    ]);
    const port = await startServer(asPostgres, binDir, dataDir, root);
    const handle = trackForExit(dataDir, root);
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      port,
      dataDir,
      stop: async () => {
        await stopServer(dataDir);
        fs.rmSync(root, { recursive: true, force: true });
        handle.untrack();
      },
    };
  } catch (error) {
    await stopServer(dataDir).catch(() => {});
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

/** Picks a free port and starts the server on it; retries when another process grabs the port first. */
async function startServer(asPostgres: boolean, binDir: string, dataDir: string, socketDir: string): Promise<number> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    // Durability settings are off: the cluster lives for one run and is deleted afterwards.
    const serverOptions = [
      `-p ${port}`,
      `-k ${socketDir}`,
      "-c listen_addresses=127.0.0.1",
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
    ].join(" ");
    try {
      await pgTool(asPostgres, path.join(binDir, "pg_ctl"), [
        "-D",
        dataDir,
        "-l",
        path.join(dataDir, "server.log"),
        "-o",
        serverOptions,
        "-w",
        "-t",
        "30",
        "start",
      ]);
      return port;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** Stops the postmaster named in postmaster.pid (fast shutdown) and waits until it has exited. */
async function stopServer(dataDir: string): Promise<void> {
  const pid = postmasterPid(dataDir);
  if (pid === undefined) return;
  if (!signal(pid, "SIGINT")) return;
  const deadline = Date.now() + 10_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      signal(pid, "SIGKILL");
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function signal(pid: number, name: NodeJS.Signals | 0): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  if (!signal(pid, 0)) return false;
  // In a container without an init that reaps orphans, the exited postmaster lingers as a zombie.
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    return true;
  }
}

// If the process ends without stop() (an uncaught error, process.exit in a test runner), take the server
// down anyway so no stray postmaster keeps running. Only synchronous work is possible in an exit handler.
const running = new Map<string, string>();
let exitHookInstalled = false;

function trackForExit(dataDir: string, root: string) {
  running.set(dataDir, root);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on("exit", () => {
      for (const [dir, folder] of running) {
        const pid = postmasterPid(dir);
        if (pid !== undefined) signal(pid, "SIGQUIT");
        try {
          fs.rmSync(folder, { recursive: true, force: true });
        } catch {
          // the server may still hold files open; the temp folder is left for the OS to clean
        }
      }
    });
  }
  return { untrack: () => running.delete(dataDir) };
}

async function pgTool(asPostgres: boolean, tool: string, args: string[]): Promise<void> {
  const [command, commandArgs] = asPostgres ? ["runuser", ["-u", "postgres", "--", tool, ...args]] : [tool, args];
  try {
    await run(command, commandArgs, { env: { ...process.env, LC_ALL: "C.UTF-8" } });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${path.basename(tool)} failed: ${(e.stderr || e.stdout || e.message).trim()}`);
  }
}

function chownToPostgres(folder: string): void {
  const passwd = fs.readFileSync("/etc/passwd", "utf8");
  const entry = passwd.split("\n").find((line) => line.startsWith("postgres:"));
  if (!entry) throw new Error("running as root but there is no postgres user (apt-get install -y postgresql)");
  const [, , uid, gid] = entry.split(":");
  fs.chownSync(folder, Number(uid), Number(gid));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
