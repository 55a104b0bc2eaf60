import fs from "node:fs/promises";
import path from "node:path";
import { extensionOf } from "../../validation/evidence";

/**
 * Where evidence files live: EVIDENCE_DIR, each file named by its SHA-256 (ab/abcd….pdf), never by a name
 * from the user. Uploads are first written to EVIDENCE_DIR/.incoming (the same file system, so moving one into
 * place is a rename) and moved only when every file of the upload was accepted.
 */
export function evidenceDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.EVIDENCE_DIR ?? "data/evidence");
}

export function stagingDir(): string {
  return path.join(evidenceDir(), ".incoming");
}

/** A received file waiting in the staging folder: its cleaned name, its bytes' hash and size. */
export interface StagedFile {
  fileName: string;
  tempPath: string;
  sha256: string;
  sizeBytes: number;
}

export function storagePathOf(sha256: string, fileName: string): string {
  return path.join(sha256.slice(0, 2), `${sha256}${extensionOf(fileName)}`);
}

/** Staged files older than this are left over from an interrupted server and are removed. */
const STALE_MS = 24 * 60 * 60 * 1000;

/** The staging folder, created when missing and swept of leftovers (best effort). */
export async function openStaging(): Promise<string> {
  const dir = stagingDir();
  await fs.mkdir(dir, { recursive: true });
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const now = Date.now();
  await Promise.all(
    names.map(async (name) => {
      const full = path.join(dir, name);
      const stat = await fs.stat(full).catch(() => null);
      if (stat?.isFile() && now - stat.mtimeMs > STALE_MS) await fs.rm(full, { force: true });
    }),
  );
  return dir;
}

export async function discardStaged(files: readonly Pick<StagedFile, "tempPath">[]): Promise<void> {
  await Promise.all(files.map((f) => fs.rm(f.tempPath, { force: true })));
}

/**
 * Moves staged files to their places under EVIDENCE_DIR. A file whose hash is already stored is the same
 * bytes, so the staged copy is dropped. Returns the storage paths this call created (to remove again if the
 * database rows are not written).
 */
export async function placeStaged(files: readonly StagedFile[]): Promise<string[]> {
  const created: string[] = [];
  for (const file of files) {
    const storagePath = storagePathOf(file.sha256, file.fileName);
    const full = path.join(evidenceDir(), storagePath);
    await fs.mkdir(path.dirname(full), { recursive: true });
    const exists = await fs.access(full).then(
      () => true,
      () => false,
    );
    if (exists) {
      await fs.rm(file.tempPath, { force: true });
    } else {
      // on disk before the row that points to it is committed (the database writes with synchronous=FULL)
      const handle = await fs.open(file.tempPath, "r");
      await handle.sync().finally(() => handle.close());
      await fs.rename(file.tempPath, full);
      created.push(storagePath);
    }
  }
  return created;
}

/** Removes stored files again, except those a row refers to (another upload of the same bytes meanwhile). */
export async function removeStored(storagePaths: readonly string[], referenced: (storagePath: string) => Promise<boolean>) {
  for (const storagePath of storagePaths) {
    if (!(await referenced(storagePath))) await fs.rm(path.join(evidenceDir(), storagePath), { force: true });
  }
}
