// The one Prisma client of the app, chosen by DATABASE_URL (see database-url.ts): the embedded SQLite file
// through better-sqlite3, or PostgreSQL through pg. Both go through driver adapters, so no native query
// engine is involved.
//
// The PostgreSQL client is generated separately (`npx prisma generate --schema prisma/postgres/schema.prisma`
// writes generated/prisma-pg) because a Prisma client is tied to one provider. It has the same model API,
// so `db` is typed as the SQLite client and the PostgreSQL one is cast to it. It is loaded with a dynamic
// import only when DATABASE_URL is a PostgreSQL URL, which makes this module use top-level await
// (fine for Next's server bundles, tsx and vitest, which all load it as ESM).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client";
import { resolveDatabase } from "./database-url";
import { closeReadRows } from "./sql/read-rows";
import { countStatement } from "./sql/statement-count";

export type Db = PrismaClient;

// Next's dev server re-evaluates modules on every change; keeping the client on globalThis stops each
// reload from opening another connection pool (or another handle on the SQLite file).
const cache = globalThis as typeof globalThis & { __trackerDb?: PrismaClient };

/**
 * Durability of the SQLite file (#11). Every connection the adapter opens (Prisma opens one, and again after
 * a $disconnect) is set up before its first query:
 * - journal_mode=WAL: writers append to <file>-wal and never block readers; one fsync per commit instead of
 *   the rollback journal's several. The mode is stored in the file, so every later connection (the migration
 *   engine, scripts, the backup) uses it too.
 * - synchronous=FULL: each commit's WAL frames are fsynced before the commit returns, so an acknowledged
 *   write survives a kill -9 of the process (NORMAL would too: the frames are in the OS page cache) and also
 *   a power cut or OS crash (where NORMAL may lose the last commits, though never corrupt the file).
 *   Writes here are people's reports, not a firehose: the fsync costs a few ms per commit
 *   (tests/integration/durability.test.ts prints the rate).
 * - busy timeout 5000 ms (better-sqlite3's `timeout`): while another process holds the write lock (a backup,
 *   the seed script, the migration engine, a second server), a write waits up to 5 s instead of failing.
 * - transactions start with BEGIN IMMEDIATE instead of the adapter's plain BEGIN. A deferred transaction
 *   that reads first and then writes (every versioned write does) fails at once with SQLITE_BUSY_SNAPSHOT,
 *   whatever the busy timeout, when another process committed in between; taking the write lock at BEGIN
 *   makes it wait its turn instead. Within this process the adapter already runs one transaction at a time,
 *   so nothing else changes. The adapter exposes no option for it: the connection's prepare() is wrapped, and
 *   the two-process test in durability.test.ts fails if an adapter upgrade stops this from taking effect.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;
const SQLITE_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";

type Connection = { prepare(sql: string): unknown };

class DurableSqlite extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    const connection = (adapter as unknown as { client?: Connection }).client;
    if (connection && typeof connection.prepare === "function") {
      const prepare = connection.prepare.bind(connection);
      connection.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    }
    return adapter;
  }
}

async function createDb(): Promise<PrismaClient> {
  const database = resolveDatabase();
  if (database.provider === "sqlite") {
    return countStatements(
      new PrismaClient({
        adapter: new DurableSqlite({ url: database.url, timeout: SQLITE_BUSY_TIMEOUT_MS }),
        log: [{ emit: "event", level: "query" }],
      }),
    );
  }
  const [{ PrismaClient: PgPrismaClient }, { PrismaPg }] = await Promise.all([
    import("../../generated/prisma-pg/client"),
    import("@prisma/adapter-pg"),
  ]);
  const client = new PgPrismaClient({
    adapter: new PrismaPg({ connectionString: database.url }),
    log: [{ emit: "event", level: "query" }],
  });
  return countStatements(client as unknown as PrismaClient);
}

export { sqlStatementCount } from "./sql/statement-count";

function countStatements(client: PrismaClient): PrismaClient {
  (client as unknown as { $on(e: "query", cb: () => void): void }).$on("query", countStatement);
  return client;
}

export const db: PrismaClient = (cache.__trackerDb ??= await createDb());

/** Closes the connection (pool); for scripts and tests that must let the process exit. */
export async function disconnectDb(): Promise<void> {
  await Promise.all([db.$disconnect(), closeReadRows()]);
  if (cache.__trackerDb === db) delete cache.__trackerDb;
}
