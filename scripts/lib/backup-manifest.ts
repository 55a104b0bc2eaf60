// The layout of a backup folder and its manifest, shared by scripts/lib/backup.ts and scripts/lib/restore.ts:
//
//   <dir>/manifest.json        written last: a folder without it is an unfinished backup
//   <dir>/database.sqlite      SQLite: a consistent copy made with SQLite's online backup API
//   <dir>/database.pgdump      PostgreSQL: pg_dump --format=custom
//   <dir>/evidence/…           the evidence files (EVIDENCE_DIR), same relative paths
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { DatabaseTarget } from "../../lib/server/database-url";
import type { TableDigest } from "./table-digest";

export const MANIFEST = "manifest.json";
export const EVIDENCE_FOLDER = "evidence";
export const FORMAT = "perf-target-tracker-backup";

export function databaseFileFor(provider: DatabaseTarget["provider"]): string {
  return provider === "sqlite" ? "database.sqlite" : "database.pgdump";
}

export interface ManifestFile {
  /** relative to the backup folder, with forward slashes */
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  provider: DatabaseTarget["provider"];
  /** where it came from (a PostgreSQL URL without its password) */
  source: string;
  /** the database file among `files` */
  database: string;
  /** migrations applied in the backed-up database, from _prisma_migrations */
  migrations: string[];
  /** every table of the backed-up database: rows and a checksum of its rows (scripts/lib/table-digest.ts) */
  tables: Record<string, TableDigest>;
  /** every file of the backup but the manifest: the database file and each evidence file */
  files: ManifestFile[];
}

/**
 * Where evidence files live: EVIDENCE_DIR, default data/evidence, against the current directory — the same
 * rule as lib/server/evidence/add-evidence.ts evidenceDir() (not imported: that module opens the app's
 * database client; tests/integration/backup-restore.test.ts checks the two agree).
 */
export function evidenceDirectory(): string {
  return path.resolve(process.env.EVIDENCE_DIR ?? "data/evidence");
}

export function sha256File(file: string): string {
  const hash = createHash("sha256");
  const fd = fs.openSync(file, "r");
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest("hex");
}

export function describeFile(root: string, relative: string): ManifestFile {
  const full = path.join(root, relative);
  return { path: relative.split(path.sep).join("/"), bytes: fs.statSync(full).size, sha256: sha256File(full) };
}

/** Regular files under `dir`, as relative paths, sorted; [] when the folder does not exist. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Flushes a file (or a folder's entries) to disk. */
export function fsyncPath(target: string): void {
  const fd = fs.openSync(target, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file)) throw new Error(`${file} not found: not a backup folder, or an unfinished backup`);
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  if (manifest.format !== FORMAT || manifest.version !== 1) throw new Error(`${file} is not a backup manifest this version reads`);
  return manifest;
}

/** The files of the backup that are missing or whose size or SHA-256 differ from the manifest. */
export function corruptFiles(dir: string, manifest: Manifest): string[] {
  return manifest.files
    .filter((file) => {
      const full = path.join(dir, ...file.path.split("/"));
      return !fs.existsSync(full) || fs.statSync(full).size !== file.bytes || sha256File(full) !== file.sha256;
    })
    .map((file) => file.path);
}
