// The app's hand-written reads (#12): the plan state every page goes through is a handful of SELECTs whose rows
// Prisma would build, with a Date for every report, at ~5× the driver's cost (BENCHMARKS.md). These go straight
// to the driver instead:
// - SQLite: a read-only better-sqlite3 connection of its own on the same file. In WAL mode it sees every
//   committed write at once and never blocks the writer; a connection of its own (not Prisma's) also means it
//   can never see another request's transaction half done. Statements are prepared once.
// - PostgreSQL: a small pg pool of its own, with named statements (parsed once per connection).
// Writes, and reads inside a transaction, stay with Prisma.
import pg from "pg";
import { resolveDatabase } from "../database-url";
import { log } from "../log";
import { POSTGRES, SQLITE, type Dialect } from "./dialect";
import { openSqlite, type SqliteDatabase, type SqliteStatement } from "./sqlite-file";
import { countStatement } from "./statement-count";

interface Reader {
  dialect: Dialect;
  query(sql: string, params: readonly unknown[]): Promise<unknown[]>;
  close(): Promise<void>;
}

function sqliteReader(file: string): Reader {
  let conn: SqliteDatabase | null = null;
  const prepared = new Map<string, SqliteStatement>();
  return {
    dialect: SQLITE,
    async query(sql, params) {
      conn ??= openSqlite(file, { readonly: true, fileMustExist: true });
      let statement = prepared.get(sql);
      if (!statement) {
        // better-sqlite3 binds $1… by name (@p1…), so a parameter may be used more than once
        statement = conn.prepare(sql.replace(/\$(\d+)/g, "@p$1"));
        prepared.set(sql, statement);
      }
      return statement.all(Object.fromEntries(params.map((p, i) => [`p${i + 1}`, p])));
    },
    async close() {
      conn?.close();
      conn = null;
      prepared.clear();
    },
  };
}

function postgresReader(url: string): Reader {
  const pool = new pg.Pool({ connectionString: url, max: 6 });
  // an idle connection the server closes (a restart, a failover, the end of a test cluster) is dropped by the
  // pool and reopened on the next read; without a listener its error would end the process
  pool.on("error", (e) => log().warn({ err: e.message, code: (e as { code?: string }).code }, "read pool: an idle connection closed"));
  const names = new Map<string, string>();
  return {
    dialect: POSTGRES,
    async query(sql, params) {
      const name = names.get(sql) ?? names.set(sql, `read${names.size + 1}`).get(sql)!;
      return (await pool.query({ name, text: sql, values: params as unknown[] })).rows;
    },
    close: () => pool.end(),
  };
}

// one per process, kept on globalThis across Next's dev reloads like the Prisma client
const cache = globalThis as typeof globalThis & { __trackerReader?: Reader };

function reader(): Reader {
  if (cache.__trackerReader) return cache.__trackerReader;
  const target = resolveDatabase();
  cache.__trackerReader = target.provider === "sqlite" ? sqliteReader(target.file) : postgresReader(target.url);
  return cache.__trackerReader;
}

/** The dialect of the database DATABASE_URL names, for the few expressions that differ. */
export const sqlDialect = (): Dialect => reader().dialect;

/** Rows of one SELECT with $1… parameters, as the driver returns them (SQLite: booleans 0/1, dates as text). */
export async function readRows<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
  countStatement();
  return (await reader().query(sql, params)) as T[];
}

/** Closes the reader (with the Prisma client, disconnectDb); the next read opens it again. */
export async function closeReadRows(): Promise<void> {
  const open = cache.__trackerReader;
  delete cache.__trackerReader;
  await open?.close();
}

/** What of a Prisma client (or transaction) a raw read inside it needs. */
export interface RawClient {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/**
 * Rows of one SELECT with $1… parameters sent through `client` — a transaction's, so the read is part of it. The
 * statement is written once for both engines: SQLite's positional ? takes each $n where it stands. Prisma's own
 * query events count it.
 */
export async function readRowsIn<T>(client: RawClient, sql: string, params: readonly unknown[]): Promise<T[]> {
  if (sqlDialect().name !== "sqlite") return client.$queryRawUnsafe<T[]>(sql, ...params);
  const order: unknown[] = [];
  const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
    order.push(params[Number(n) - 1]);
    return "?";
  });
  return client.$queryRawUnsafe<T[]>(text, ...order);
}
