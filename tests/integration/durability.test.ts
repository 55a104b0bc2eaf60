// Durability of the SQLite file (#11): the app's connection runs in WAL mode with synchronous=FULL and a busy
// timeout, and a kill -9 in the middle of a burst of concurrent writes loses nothing that was acknowledged
// and leaves nothing half-written (an entry without its audit row or its version bump).
import { spawn } from "node:child_process";
import readline from "node:readline";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveDatabase } from "../../lib/server/database-url";
import { db, disconnectDb, SQLITE_BUSY_TIMEOUT_MS } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { openSqlite } from "../../scripts/lib/sqlite-file";
import { userNamed } from "./harness";

const WORKERS = 10;
const WRITES = 20;

let targetIds: string[];
// SQLite's own durability (WAL, synchronous, busy timeout, a killed writer); on PostgreSQL (DB=postgres) the
// server's WAL and fsync are PostgreSQL's, and backup-restore-postgres.test.ts covers its backups.
const notSqlite = resolveDatabase().provider !== "sqlite";

beforeAll(async () => {
  if (notSqlite) return;
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  // figures an administrator may type: every non-count target of the 2013 plan that is not a county roll-up
  const targets = await db.target.findMany({
    where: { planId: seeded.loaded!.planId, kind: { in: ["AMOUNT", "GROWTH_PCT"] }, rollupKey: null },
    select: { id: true },
    orderBy: { code: "asc" },
  });
  targetIds = targets.map((t) => t.id);
});

/** One value of a pragma on the app's own connection. */
async function pragma(name: string): Promise<unknown> {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
  return Object.values(rows[0])[0];
}

describe.skipIf(notSqlite)("the app's SQLite connection", () => {
  it("runs in WAL mode with synchronous=FULL and a 5 s busy timeout", async () => {
    expect(await pragma("journal_mode")).toBe("wal");
    expect(Number(await pragma("synchronous"))).toBe(2); // 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA
    expect(Number(await pragma("busy_timeout"))).toBe(SQLITE_BUSY_TIMEOUT_MS);
  });

  it("keeps the pragmas on a connection opened again after a disconnect", async () => {
    await disconnectDb();
    expect(await pragma("journal_mode")).toBe("wal");
    expect(Number(await pragma("synchronous"))).toBe(2);
  });
});

interface BurstLog {
  started: Set<string>;
  acked: Map<string, string>;
  /** ms from READY to the kill (or to DONE) */
  elapsedMs: number;
  /** Date.now() when the first ACK was read */
  firstAckAt: number;
  exit: { code: number | null; signal: NodeJS.Signals | null };
  stderr: string;
}

/** Runs tests/integration/burst-writer.ts; with killAfterAcks, SIGKILLs it once that many writes were acknowledged. */
function runBurst(
  tag: string,
  options: { workers: number; writes: number; killAfterAcks?: number; onFirstStart?: () => void },
): Promise<BurstLog> {
  return userNamed("admin").then(
    (user) =>
      new Promise<BurstLog>((resolve, reject) => {
        const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/burst-writer.ts"], {
          env: { ...process.env, BURST: JSON.stringify({ tag, workers: options.workers, writes: options.writes, user, targetIds }) },
          stdio: ["ignore", "pipe", "pipe"],
        });
        const log: BurstLog = {
          started: new Set(),
          acked: new Map(),
          elapsedMs: 0,
          firstAckAt: 0,
          exit: { code: null, signal: null },
          stderr: "",
        };
        let readyAt = 0;
        let killed = false;
        child.stderr.on("data", (chunk: Buffer) => (log.stderr += chunk.toString()));
        readline.createInterface({ input: child.stdout }).on("line", (line) => {
          const [event, key, id] = line.split(" ");
          if (event === "READY") readyAt = Date.now();
          else if (event === "START") {
            if (log.started.size === 0) options.onFirstStart?.();
            log.started.add(key);
          } else if (event === "ACK") {
            if (log.acked.size === 0) log.firstAckAt = Date.now();
            log.acked.set(key, id);
          } else if (event === "DONE") log.elapsedMs = Date.now() - readyAt;
          if (!killed && options.killAfterAcks !== undefined && log.acked.size >= options.killAfterAcks) {
            killed = true;
            log.elapsedMs = Date.now() - readyAt;
            child.kill("SIGKILL");
          }
        });
        child.on("error", reject);
        // "close": the process has exited and its stdout has been read to the end
        child.on("close", (code, signal) => {
          log.exit = { code, signal };
          resolve(log);
        });
      }),
  );
}

/** Entries of a burst found in the database, by key (the note), on a freshly opened connection. */
async function entriesOf(tag: string) {
  await disconnectDb(); // the next query reopens the file, as a restarted server would
  const rows = await db.progressEntry.findMany({
    where: { note: { startsWith: `${tag}-` } },
    select: { id: true, note: true, targetId: true },
  });
  return new Map(rows.map((r) => [r.note!, r]));
}

describe.skipIf(notSqlite)("kill -9 during a burst of concurrent writes", () => {
  it(`loses no acknowledged write (${WORKERS} workers × ${WRITES} reports, killed mid-burst)`, async () => {
    expect(targetIds.length).toBeGreaterThanOrEqual(2);
    const versionsBefore = new Map((await db.target.findMany({ select: { id: true, version: true } })).map((t) => [t.id, t.version]));
    await disconnectDb(); // the child is the only one with the file open when it dies

    const total = WORKERS * WRITES;
    const log = await runBurst("kill9", { workers: WORKERS, writes: WRITES, killAfterAcks: Math.floor(total * 0.4) });
    expect(log.exit.signal, log.stderr).toBe("SIGKILL");

    const present = await entriesOf("kill9");
    const lost = [...log.acked.keys()].filter((key) => !present.has(key));
    const neverStarted = [...present.keys()].filter((key) => !log.started.has(key));
    const inFlight = [...present.keys()].filter((key) => !log.acked.has(key));
    console.log(
      `kill -9 after ${log.elapsedMs} ms: ${log.started.size} started, ${log.acked.size} acknowledged, ${present.size} present ` +
        `(${inFlight.length} committed but not yet acknowledged), ${lost.length} lost, ` +
        `${Math.round((log.acked.size * 1000) / Math.max(log.elapsedMs, 1))} acknowledged writes/s`,
    );
    expect(log.acked.size).toBeGreaterThan(0);
    expect(log.acked.size).toBeLessThan(total); // the kill did land mid-burst
    expect(lost).toEqual([]);
    expect(neverStarted).toEqual([]);
    // each worker has at most one write in flight
    expect(inFlight.length).toBeLessThanOrEqual(WORKERS);
    for (const [key, id] of log.acked) expect(present.get(key)!.id).toBe(id);

    // nothing half-written: every entry has its audit row and its target's version bump
    const ids = [...present.values()].map((r) => r.id);
    expect(await db.auditLog.count({ where: { entityType: "ProgressEntry", entityId: { in: ids } } })).toBe(ids.length);
    for (const t of await db.target.findMany({ where: { id: { in: targetIds } }, select: { id: true, version: true } })) {
      const written = [...present.values()].filter((r) => r.targetId === t.id).length;
      expect(t.version - versionsBefore.get(t.id)!, `target ${t.id}`).toBe(written);
    }
    expect(await pragma("integrity_check")).toBe("ok");
  });

  it("makes writes from two other processes wait for a held write lock instead of failing (busy timeout, BEGIN IMMEDIATE)", async () => {
    // a third connection holds the write lock, with a commit at the end, until both processes are writing
    const holder = openSqlite(resolveDatabase().url.slice("file:".length), { fileMustExist: true });
    holder.exec(`BEGIN IMMEDIATE; UPDATE "Target" SET "remarks" = "remarks"`);
    let releasedAt = 0;
    let starting = 2;
    const release = () => {
      if (--starting > 0) return;
      setTimeout(() => {
        holder.exec("COMMIT");
        releasedAt = Date.now();
      }, 1000);
    };
    const [a, b] = await Promise.all([
      runBurst("procA", { workers: 3, writes: 5, onFirstStart: release }),
      runBurst("procB", { workers: 3, writes: 5, onFirstStart: release }),
    ]);
    holder.close();
    for (const log of [a, b]) expect(log.exit.code, log.stderr).toBe(0);
    const present = new Map([...(await entriesOf("procA")), ...(await entriesOf("procB"))]);
    console.log(
      `two processes × 3 workers × 5 reports behind a held lock: first writes committed ${a.firstAckAt - releasedAt} and ` +
        `${b.firstAckAt - releasedAt} ms after its release; ${a.acked.size + b.acked.size} acknowledged, ${present.size} present`,
    );
    expect(releasedAt).toBeGreaterThan(0);
    for (const log of [a, b]) expect(log.firstAckAt).toBeGreaterThanOrEqual(releasedAt);
    expect(a.acked.size + b.acked.size).toBe(30);
    expect(present.size).toBe(30);
  });
});
