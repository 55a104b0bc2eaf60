// The floors' own connection: one hand-written statement straight through the driver (better-sqlite3 or pg),
// bypassing Prisma, on the same database the services read. SQL is written once with $1… parameters and the
// few expressions that differ between the engines come from the dialect.
import pg from "pg";
import { resolveDatabase } from "../../lib/server/database-url";
import { openSqlite } from "../lib/sqlite-file";

export interface Dialect {
  /** the calendar day (YYYY-MM-DD) of a DateTime column */
  day(column: string): string;
  /** a DateTime column as an ISO instant */
  instant(column: string): string;
  /** a parameter compared with a DateTime column (passed as YYYY-MM-DD) */
  stamp(parameter: string): string;
  /** text values of a group joined by commas */
  joined(expression: string): string;
  /**
   * a text column kept off its index: SQLite has no statistics and takes the index on checkStatus (nearly every
   * row ACCEPTED) over the plan's targets; PostgreSQL has them and needs no hint
   */
  unindexed(column: string): string;
  /** LEFT JOIN LATERAL (PostgreSQL); SQLite has none, and joins on a correlated subquery's id instead */
  lateral: boolean;
}

export interface RawDb {
  dialect: Dialect;
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

const SQLITE: Dialect = {
  day: (c) => `substr(${c}, 1, 10)`,
  instant: (c) => c,
  stamp: (p) => p,
  joined: (e) => `group_concat(${e}, ',')`,
  unindexed: (c) => `(${c} || '')`,
  lateral: false,
};

const POSTGRES: Dialect = {
  day: (c) => `to_char(${c}, 'YYYY-MM-DD')`,
  instant: (c) => `to_char(${c}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  stamp: (p) => `${p}::timestamp`,
  joined: (e) => `string_agg(${e}, ',')`,
  unindexed: (c) => c,
  lateral: true,
};

const names = new Map<string, string>();
const statementName = (sql: string) => names.get(sql) ?? names.set(sql, `floor${names.size + 1}`).get(sql)!;

export async function openRawDb(url = process.env.DATABASE_URL): Promise<RawDb> {
  const target = resolveDatabase(url);
  if (target.provider === "sqlite") {
    const conn = openSqlite(target.file, { readonly: true, fileMustExist: true });
    const statements = new Map<string, ReturnType<typeof conn.prepare>>();
    return {
      dialect: SQLITE,
      query: async <T>(sql: string, params: unknown[]) => {
        let statement = statements.get(sql);
        if (!statement) {
          statement = conn.prepare(sql.replace(/\$(\d+)/g, "@p$1"));
          statements.set(sql, statement);
        }
        return statement.all(Object.fromEntries(params.map((p, i) => [`p${i + 1}`, p]))) as T[];
      },
      close: async () => conn.close(),
    };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return {
    dialect: POSTGRES,
    // named, so PostgreSQL parses each statement once per connection, as better-sqlite3 prepares it once
    query: async <T>(sql: string, params: unknown[]) =>
      (await client.query({ name: statementName(sql), text: sql, values: params })).rows as T[],
    close: () => client.end(),
  };
}
