// The floors' own connection: one hand-written statement straight through the driver (better-sqlite3 or pg),
// bypassing Prisma, on the same database the services read. SQL is written once with $1… parameters and the
// few expressions that differ between the engines come from the app's own dialect (lib/server/sql/dialect.ts).
import pg from "pg";
import { resolveDatabase } from "../../lib/server/database-url";
import { POSTGRES, SQLITE, type Dialect } from "../../lib/server/sql/dialect";
import { openSqlite } from "../../lib/server/sql/sqlite-file";

export type { Dialect };

export interface RawDb {
  dialect: Dialect;
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

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
