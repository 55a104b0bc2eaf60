// Rows for many tables, buffered and written as multi-row INSERTs straight through the driver (better-sqlite3
// or pg), parents before children, one transaction per flush: Prisma's createMany spends ~0.25 ms per row
// building the query, which would make a province take 5 minutes per engine instead of well under one.
// Values are stored as Prisma stores them: dates as ISO text with +00:00 on SQLite, TIMESTAMP(3) in UTC on
// PostgreSQL; booleans as 0/1 on SQLite.
import pg from "pg";
import { resolveDatabase } from "../../lib/server/database-url";
import { openSqlite, type SqliteStatement } from "../lib/sqlite-file";

/** Tables in the order they are written: every foreign key points at a table before its own. */
const ORDER = [
  "Unit",
  "Section",
  "User",
  "Plan",
  "Area",
  "Target",
  "TargetOwner",
  "ProgressEntry",
  /** corrections point at the reports they replace, which must exist first */
  "Correction",
  "CountItem",
  "Review",
  "ReviewSnapshot",
  "ReviewComment",
  "Rectification",
  "TargetScore",
  "AuditLog",
] as const;

export type Table = (typeof ORDER)[number];
type Row = Record<string, unknown>;

const tableName = (t: Table) => (t === "Correction" ? "ProgressEntry" : t);

/** Stays below SQLite's limit of bound parameters per statement (32,766) and PostgreSQL's (65,535). */
const MAX_PARAMETERS = 30_000;

interface Sink {
  begin(): Promise<void>;
  insert(table: string, columns: string[], rows: unknown[][]): Promise<void>;
  commit(): Promise<void>;
  close(): Promise<void>;
}

export class BulkWriter {
  private readonly rows = new Map<Table, Row[]>(ORDER.map((t) => [t, []]));
  readonly written = new Map<Table, number>(ORDER.map((t) => [t, 0]));

  private constructor(private readonly sink: Sink) {}

  /** A writer on DATABASE_URL's database, through a connection of its own. */
  static async open(url = process.env.DATABASE_URL): Promise<BulkWriter> {
    const target = resolveDatabase(url);
    return new BulkWriter(target.provider === "sqlite" ? sqliteSink(target.file) : await postgresSink(target.url));
  }

  add(table: Table, row: Row) {
    this.rows.get(table)!.push(row);
  }

  async flush(): Promise<void> {
    await this.sink.begin();
    for (const table of ORDER) {
      const list = this.rows.get(table)!;
      if (list.length === 0) continue;
      const columns = Object.keys(list[0]);
      const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
      for (let i = 0; i < list.length; i += perStatement) {
        const values = list.slice(i, i + perStatement).map((row) => columns.map((c) => row[c] ?? null));
        await this.sink.insert(tableName(table), columns, values);
      }
      this.written.set(table, this.written.get(table)! + list.length);
      this.rows.set(table, []);
    }
    await this.sink.commit();
  }

  close(): Promise<void> {
    return this.sink.close();
  }
}

const quoted = (columns: string[]) => columns.map((c) => `"${c}"`).join(", ");

function sqliteSink(file: string): Sink {
  const conn = openSqlite(file, { fileMustExist: true });
  const statements = new Map<string, SqliteStatement & { run(params: unknown[]): unknown }>();
  const value = (v: unknown) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? Number(v) : v);
  return {
    begin: async () => void conn.exec("BEGIN IMMEDIATE"),
    insert: async (table, columns, rows) => {
      const key = `${table}|${columns.join(",")}|${rows.length}`;
      let statement = statements.get(key);
      if (!statement) {
        const tuple = `(${columns.map(() => "?").join(", ")})`;
        const sql = `INSERT INTO "${table}" (${quoted(columns)}) VALUES ${rows.map(() => tuple).join(", ")}`;
        statement = conn.prepare(sql) as SqliteStatement & { run(params: unknown[]): unknown };
        statements.set(key, statement);
      }
      statement.run(rows.flat().map(value));
    },
    commit: async () => void conn.exec("COMMIT"),
    close: async () => void conn.close(),
  };
}

async function postgresSink(url: string): Promise<Sink> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // a TIMESTAMP(3) without time zone holds the UTC instant, as Prisma writes it
  const value = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 23) : v);
  return {
    begin: async () => void (await client.query("BEGIN")),
    insert: async (table, columns, rows) => {
      let n = 0;
      const tuples = rows.map((r) => `(${r.map(() => `$${++n}`).join(", ")})`).join(", ");
      await client.query(`INSERT INTO "${table}" (${quoted(columns)}) VALUES ${tuples}`, rows.flat().map(value));
    },
    commit: async () => void (await client.query("COMMIT")),
    close: () => client.end(),
  };
}
