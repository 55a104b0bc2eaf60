// `npm run backup -- [dir]` (scripts/backup.ts): a consistent copy of the database while the app runs, the
// evidence files, and a manifest (scripts/lib/backup-manifest.ts) describing both.
//
// SQLite: SQLite's online backup API copies the file page by page under a read transaction, so writers go
// on (WAL) and the copy is one committed state. PostgreSQL: pg_dump --format=custom inside an exported
// snapshot, and the manifest's row counts and checksums are read in that same snapshot, so they describe
// exactly the dump. Evidence files are copied after the database: a file is written before the row naming
// it, so every file the copied database names is already there (files are never changed once written).
// With EVIDENCE_STORE=database (the default on PostgreSQL) the files are rows of EvidenceBlob, written in the
// same transaction as the rows naming them, so the database copy holds them and EVIDENCE_DIR has none.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { resolveDatabase, type DatabaseTarget } from "../../lib/server/database-url";
import {
  databaseFileFor,
  describeFile,
  EVIDENCE_FOLDER,
  evidenceDirectory,
  filesUnder,
  FORMAT,
  fsyncPath,
  MANIFEST,
  type Manifest,
} from "./backup-manifest";
import { describePostgres, libpqTarget, pgTool } from "./pg-tools";
import { openSqlite } from "./sqlite-file";
import { POSTGRES_DIGEST_SETTINGS, postgresDigest, sqliteDigest, type DatabaseDigest } from "./table-digest";

export interface BackupOptions {
  /** the backup folder: created; must be new or empty */
  dir: string;
  databaseUrl?: string;
  evidenceDir?: string;
  log?: (message: string) => void;
}

export async function createBackup(options: BackupOptions): Promise<Manifest> {
  const target = resolveDatabase(options.databaseUrl);
  const dir = path.resolve(options.dir);
  const evidenceDir = options.evidenceDir ?? evidenceDirectory();
  const log = options.log ?? (() => {});
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: choose a new folder for the backup`);
  // the backup holds password hashes and sessions: only the owner may read it
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);

  const databaseFile = databaseFileFor(target.provider);
  const createdAt = new Date().toISOString();
  const digest =
    target.provider === "sqlite"
      ? await backupSqlite(target, path.join(dir, databaseFile))
      : await backupPostgres(target, path.join(dir, databaseFile));
  log(
    `Database copied: ${Object.keys(digest.tables).length} tables, ${totalRows(digest)} rows, ${digest.migrations.length} migrations applied.`,
  );

  const evidence = filesUnder(evidenceDir);
  for (const file of evidence) {
    const to = path.join(dir, EVIDENCE_FOLDER, file);
    fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
    fs.copyFileSync(path.join(evidenceDir, file), to);
  }
  log(`Evidence files copied: ${evidence.length} from ${evidenceDir}.`);
  // EVIDENCE_STORE=database (the default on PostgreSQL): the files are rows of EvidenceBlob, inside the copy above
  const inDatabase = digest.tables.EvidenceBlob?.rows ?? 0;
  if (inDatabase > 0) log(`Evidence files in the database: ${inDatabase} (EvidenceBlob), copied with it.`);

  const files = [databaseFile, ...evidence.map((file) => path.join(EVIDENCE_FOLDER, file))];
  for (const file of files) {
    fs.chmodSync(path.join(dir, file), 0o600);
    fsyncPath(path.join(dir, file));
  }
  const manifest: Manifest = {
    format: FORMAT,
    version: 1,
    createdAt,
    provider: target.provider,
    source: target.provider === "sqlite" ? target.file : describePostgres(target.url),
    database: databaseFile,
    migrations: digest.migrations,
    tables: digest.tables,
    files: files.map((file) => describeFile(dir, file)),
  };
  // written last and renamed into place: a folder with a manifest.json holds a complete backup
  const temporary = path.join(dir, `${MANIFEST}.partial`);
  fs.writeFileSync(temporary, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  fsyncPath(temporary);
  fs.renameSync(temporary, path.join(dir, MANIFEST));
  fsyncPath(dir);
  return manifest;
}

export function totalRows(digest: Pick<DatabaseDigest, "tables">): number {
  return Object.values(digest.tables).reduce((sum, table) => sum + table.rows, 0);
}

async function backupSqlite(target: Extract<DatabaseTarget, { provider: "sqlite" }>, to: string): Promise<DatabaseDigest> {
  if (!fs.existsSync(target.file)) throw new Error(`no database at ${target.file}`);
  const source = openSqlite(target.file, { fileMustExist: true });
  try {
    // one step for the whole file: a write by another process between steps would restart the copy
    await source.backup(to, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
  } finally {
    source.close();
  }
  const copy = openSqlite(to, { fileMustExist: true });
  try {
    // a self-contained file (no -wal beside it); the app switches a restored file back to WAL
    copy.pragma("journal_mode = DELETE");
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`the copy fails SQLite's integrity check: ${String(check)}`);
    return sqliteDigest(copy);
  } finally {
    copy.close();
  }
}

async function backupPostgres(target: Extract<DatabaseTarget, { provider: "postgresql" }>, to: string): Promise<DatabaseDigest> {
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query(POSTGRES_DIGEST_SETTINGS);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const snapshot = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0].id;
    const libpq = libpqTarget(target.url);
    // pg_dump imports the snapshot at its start, while this transaction holds it; the digest reads the same one
    const [digest] = await Promise.all([
      postgresDigest(client),
      pgTool("pg_dump", ["--format=custom", `--snapshot=${snapshot}`, `--file=${to}`, `--dbname=${libpq.url}`], libpq.env),
    ]);
    await client.query("COMMIT");
    return digest;
  } finally {
    await client.end();
  }
}
