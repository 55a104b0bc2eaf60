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

export type Db = PrismaClient;

// Next's dev server re-evaluates modules on every change; keeping the client on globalThis stops each
// reload from opening another connection pool (or another handle on the SQLite file).
const cache = globalThis as typeof globalThis & { __trackerDb?: PrismaClient };

async function createDb(): Promise<PrismaClient> {
  const database = resolveDatabase();
  if (database.provider === "sqlite") {
    return countStatements(
      new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: database.url }), log: [{ emit: "event", level: "query" }] }),
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

/**
 * Every SQL statement the app sends is counted, so tests can prove a page costs the same number of
 * queries for 20 targets as for 200 (no N+1). Counting an event is cheaper than any query.
 */
const statements = { count: 0 };
export const sqlStatementCount = () => statements.count;

function countStatements(client: PrismaClient): PrismaClient {
  (client as unknown as { $on(e: "query", cb: () => void): void }).$on("query", () => {
    statements.count++;
  });
  return client;
}

export const db: PrismaClient = (cache.__trackerDb ??= await createDb());

/** Closes the connection (pool); for scripts and tests that must let the process exit. */
export async function disconnectDb(): Promise<void> {
  await db.$disconnect();
  if (cache.__trackerDb === db) delete cache.__trackerDb;
}
