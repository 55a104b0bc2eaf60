// Row counts and a checksum of every table, whatever tables the schema has at the time (they are listed
// from the database, never from the Prisma schema). The backup writes them into its manifest; the restore
// and the tests compute them again on the restored database and compare.
//
// A table's checksum is the SHA-256 of its column names followed by every row, each row encoded as one line
// and the lines sorted, so it depends on the data only, not on the order rows come back in.
import { createHash } from "node:crypto";
import type pg from "pg";
import type { SqliteDatabase } from "./sqlite-file";

export interface TableDigest {
  rows: number;
  sha256: string;
}

export interface DatabaseDigest {
  /** by table name, sorted */
  tables: Record<string, TableDigest>;
  /** migrations recorded as applied in _prisma_migrations (finished, not rolled back), sorted; [] without the table */
  migrations: string[];
}

export const MIGRATIONS_TABLE = "_prisma_migrations";

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function digestOf(columns: string[], lines: string[]): TableDigest {
  const hash = createHash("sha256").update(`${JSON.stringify(columns)}\n`);
  for (const line of lines.sort()) hash.update(`${line}\n`);
  return { rows: lines.length, sha256: hash.digest("hex") };
}

// ---------------------------------------------------------------------------------------------------------
// SQLite

/** SQLite values as JSON, unambiguously: integers (read as bigint) and blobs are tagged, reals stay numbers. */
function sqliteValue(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return { int: value.toString() };
  if (value instanceof Uint8Array) return { blob: Buffer.from(value).toString("base64") };
  return value;
}

export function sqliteTables(db: SqliteDatabase): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((row) => row.name);
}

export function sqliteDigest(db: SqliteDatabase): DatabaseDigest {
  const tables: Record<string, TableDigest> = {};
  for (const table of sqliteTables(db)) {
    const statement = db
      .prepare(`SELECT * FROM ${quote(table)}`)
      .raw(true)
      .safeIntegers(true);
    const columns = statement.columns().map((c) => c.name);
    tables[table] = digestOf(
      columns,
      (statement.all() as unknown[][]).map((row) => JSON.stringify(row, sqliteValue)),
    );
  }
  const migrations =
    MIGRATIONS_TABLE in tables
      ? (
          db
            .prepare(
              `SELECT migration_name FROM ${MIGRATIONS_TABLE} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
            )
            .all() as { migration_name: string }[]
        ).map((row) => row.migration_name)
      : [];
  return { tables, migrations };
}

/** Tables holding rows, _prisma_migrations aside: a database with none of them is empty. */
export function sqliteTablesWithRows(db: SqliteDatabase): string[] {
  return sqliteTables(db).filter(
    (table) => table !== MIGRATIONS_TABLE && db.prepare(`SELECT 1 FROM ${quote(table)} LIMIT 1`).get() !== undefined,
  );
}

// ---------------------------------------------------------------------------------------------------------
// PostgreSQL: the tables of the connection's current schema (where Prisma's migrations put them)

/**
 * Settings that fix how values print as text, so the same rows give the same checksum in any session.
 * Run once on a connection before digesting.
 */
export const POSTGRES_DIGEST_SETTINGS =
  "SET TIME ZONE 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'iso_8601'; SET extra_float_digits = 3";

export async function postgresTables(client: pg.ClientBase): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  return result.rows.map((row) => row.name);
}

export async function postgresDigest(client: pg.ClientBase): Promise<DatabaseDigest> {
  const tables: Record<string, TableDigest> = {};
  for (const table of await postgresTables(client)) {
    const columns = await client.query<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
      [table],
    );
    // a row's text form (record output) is exact for every type, so nothing is parsed and re-encoded here
    const rows = await client.query<{ r: string }>(`SELECT t::text AS r FROM ${quote(table)} t`);
    tables[table] = digestOf(
      columns.rows.map((c) => c.name),
      rows.rows.map((row) => row.r),
    );
  }
  const migrations =
    MIGRATIONS_TABLE in tables
      ? (
          await client.query<{ migration_name: string }>(
            `SELECT migration_name FROM ${MIGRATIONS_TABLE} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
          )
        ).rows.map((row) => row.migration_name)
      : [];
  return { tables, migrations };
}

export async function postgresTablesWithRows(client: pg.ClientBase): Promise<string[]> {
  const found: string[] = [];
  for (const table of await postgresTables(client)) {
    if (table === MIGRATIONS_TABLE) continue;
    if ((await client.query(`SELECT 1 FROM ${quote(table)} LIMIT 1`)).rowCount) found.push(table);
  }
  return found;
}

/** What differs between two digests, as readable lines ([] when equal). */
export function compareDigests(expected: DatabaseDigest, actual: DatabaseDigest): string[] {
  const problems: string[] = [];
  for (const [table, want] of Object.entries(expected.tables)) {
    const got = actual.tables[table];
    if (!got) problems.push(`table ${table} is missing`);
    else if (got.rows !== want.rows) problems.push(`table ${table}: ${got.rows} rows instead of ${want.rows}`);
    else if (got.sha256 !== want.sha256) problems.push(`table ${table}: same ${got.rows} rows count, different contents`);
  }
  for (const table of Object.keys(actual.tables)) {
    if (!(table in expected.tables)) problems.push(`table ${table} is not in the backup`);
  }
  if (expected.migrations.join("\n") !== actual.migrations.join("\n")) problems.push("the applied migrations differ");
  return problems;
}
