// `npm run restore -- <dir> [--force]` (scripts/restore.ts): a backup folder (scripts/lib/backup.ts) into
// the configured database and EVIDENCE_DIR, checked against its manifest before anything is touched and
// again afterwards.
//
// Order: every file of the backup against the manifest's SHA-256 → the provider matches DATABASE_URL → the
// database is empty, or --force → the database → its tables against the manifest (rows and checksums) →
// the evidence files, each checked after it is written.
// SQLite: the copy is written into the configured file with SQLite's backup API (page by page, under the
// file's own locks, so a -wal file left beside it cannot be replayed over the restored data); stop the app
// first, it would otherwise go on serving from what it has already read. PostgreSQL: pg_restore --clean
// --if-exists in a single transaction (all or nothing); tables the backup does not have are left alone and
// reported.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { resolveDatabase, type DatabaseTarget } from "../../lib/server/database-url";
import { ensurePostgresDatabase } from "./apply-migrations";
import { corruptFiles, EVIDENCE_FOLDER, evidenceDirectory, fsyncPath, readManifest, sha256File, type Manifest } from "./backup-manifest";
import { totalRows } from "./backup";
import { libpqTarget, pgTool } from "./pg-tools";
import { openSqlite } from "./sqlite-file";
import {
  compareDigests,
  POSTGRES_DIGEST_SETTINGS,
  postgresDigest,
  postgresTablesWithRows,
  sqliteDigest,
  sqliteTablesWithRows,
  type DatabaseDigest,
} from "./table-digest";

export interface RestoreOptions {
  dir: string;
  databaseUrl?: string;
  evidenceDir?: string;
  /** overwrite a database that has data */
  force?: boolean;
  log?: (message: string) => void;
}

export interface RestoreResult {
  manifest: Manifest;
  tables: number;
  rows: number;
  evidenceFiles: number;
  /** evidence files already in EVIDENCE_DIR that the backup does not have (kept) */
  otherEvidenceFiles: number;
}

/** The database has data and --force was not given; nothing was changed. */
export class RestoreRefused extends Error {}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const dir = path.resolve(options.dir);
  const log = options.log ?? (() => {});
  const manifest = readManifest(dir);
  const corrupt = corruptFiles(dir, manifest);
  if (corrupt.length > 0)
    throw new Error(`the backup is damaged, nothing restored; files that differ from the manifest: ${corrupt.join(", ")}`);
  log(`Backup of ${manifest.createdAt} (${manifest.provider}): ${manifest.files.length} files match the manifest.`);

  const target = resolveDatabase(options.databaseUrl);
  if (target.provider !== manifest.provider) {
    throw new Error(`the backup is of a ${manifest.provider} database, DATABASE_URL names a ${target.provider} one`);
  }
  const backupFile = path.join(dir, manifest.database);
  const restored =
    target.provider === "sqlite"
      ? await restoreSqlite(target, backupFile, options.force ?? false)
      : await restorePostgres(target, backupFile, options.force ?? false);
  const problems = compareDigests(manifest, restored);
  // PostgreSQL keeps tables the backup does not have (pg_restore --clean drops only what it restores)
  const extra = problems.filter((p) => p.endsWith("is not in the backup"));
  const wrong = problems.filter((p) => !extra.includes(p));
  if (wrong.length > 0) throw new Error(`the restored database differs from the backup:\n  ${wrong.join("\n  ")}`);
  for (const line of extra) log(`Note: ${line} (left as it was).`);
  log(`Database restored: ${Object.keys(manifest.tables).length} tables, ${totalRows(manifest)} rows, equal to the manifest.`);

  const evidence = restoreEvidence(dir, manifest, options.evidenceDir ?? evidenceDirectory());
  log(`Evidence files restored: ${evidence.restored} into ${evidence.dir}, each matching the manifest.`);
  return {
    manifest,
    tables: Object.keys(manifest.tables).length,
    rows: totalRows(manifest),
    evidenceFiles: evidence.restored,
    otherEvidenceFiles: evidence.others,
  };
}

function refuse(tables: string[]): never {
  throw new RestoreRefused(
    `the database is not empty (rows in ${tables.length} table(s): ${tables.slice(0, 5).join(", ")}${tables.length > 5 ? " …" : ""}); ` +
      "nothing restored. Pass --force to replace its contents with the backup.",
  );
}

async function restoreSqlite(
  target: Extract<DatabaseTarget, { provider: "sqlite" }>,
  backupFile: string,
  force: boolean,
): Promise<DatabaseDigest> {
  if (fs.existsSync(target.file)) {
    const existing = openSqlite(target.file, { fileMustExist: true });
    try {
      const withRows = sqliteTablesWithRows(existing);
      if (withRows.length > 0 && !force) refuse(withRows);
    } finally {
      existing.close();
    }
  } else {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
  }
  const source = openSqlite(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target.file, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
  } finally {
    source.close();
  }
  const restored = openSqlite(target.file, { fileMustExist: true });
  try {
    restored.pragma("journal_mode = WAL");
    const check = restored.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`the restored file fails SQLite's integrity check: ${String(check)}`);
    return sqliteDigest(restored);
  } finally {
    restored.close();
  }
}

async function restorePostgres(
  target: Extract<DatabaseTarget, { provider: "postgresql" }>,
  backupFile: string,
  force: boolean,
): Promise<DatabaseDigest> {
  await ensurePostgresDatabase(target.url);
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const withRows = await postgresTablesWithRows(client);
    if (withRows.length > 0 && !force) refuse(withRows);
    const libpq = libpqTarget(target.url);
    await pgTool(
      "pg_restore",
      [
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        `--dbname=${libpq.url}`,
        backupFile,
      ],
      libpq.env,
    );
    await client.query(POSTGRES_DIGEST_SETTINGS);
    return await postgresDigest(client);
  } finally {
    await client.end();
  }
}

/** Writes each evidence file of the backup (temporary name, then renamed) and checks it against the manifest. */
function restoreEvidence(dir: string, manifest: Manifest, evidenceDir: string): { dir: string; restored: number; others: number } {
  const prefix = `${EVIDENCE_FOLDER}/`;
  const files = manifest.files.filter((file) => file.path.startsWith(prefix));
  const wanted = new Set(files.map((file) => path.join(evidenceDir, ...file.path.slice(prefix.length).split("/"))));
  fs.mkdirSync(evidenceDir, { recursive: true });
  const mismatched: string[] = [];
  for (const file of files) {
    const to = path.join(evidenceDir, ...file.path.slice(prefix.length).split("/"));
    if (!(fs.existsSync(to) && sha256File(to) === file.sha256)) {
      fs.mkdirSync(path.dirname(to), { recursive: true });
      const temporary = `${to}.restoring`;
      fs.copyFileSync(path.join(dir, ...file.path.split("/")), temporary);
      fsyncPath(temporary);
      fs.renameSync(temporary, to);
    }
    if (sha256File(to) !== file.sha256 || fs.statSync(to).size !== file.bytes) mismatched.push(file.path);
  }
  if (mismatched.length > 0) throw new Error(`evidence files differ from the manifest after restoring: ${mismatched.join(", ")}`);
  const others = (fs.readdirSync(evidenceDir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter(
    (entry) => entry.isFile() && !wanted.has(path.join(entry.parentPath, entry.name)),
  ).length;
  return { dir: evidenceDir, restored: files.length, others };
}
