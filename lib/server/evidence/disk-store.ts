import fs from "node:fs/promises";
import path from "node:path";
import { db } from "../db";
import { evidenceDir, storagePathOf, type EvidenceStore, type StagedFile } from "./evidence-store";

/**
 * Moves staged files to their places under EVIDENCE_DIR. A file whose hash is already stored is the same
 * bytes, so the staged copy is dropped. Returns the storage paths this call created (to remove again if the
 * database rows are not written).
 */
async function placeStaged(files: readonly StagedFile[]): Promise<string[]> {
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
async function removeStored(storagePaths: readonly string[]) {
  for (const storagePath of storagePaths) {
    if ((await db.evidence.count({ where: { storagePath } })) === 0) await fs.rm(path.join(evidenceDir(), storagePath), { force: true });
  }
}

/**
 * Evidence files on this machine's disk, under EVIDENCE_DIR by their SHA-256 (EVIDENCE_STORE=disk, the default on
 * SQLite). A file is moved into place before the transaction writing its rows, and removed again if that fails
 * (unless another row names the same bytes by then); `npm run backup` copies the folder.
 */
export const diskStore: EvidenceStore = {
  kind: "disk",
  async save(files, writeRows) {
    const created = await placeStaged(files);
    try {
      return await db.$transaction((tx) => writeRows(tx));
    } catch (e) {
      await removeStored(created);
      throw e;
    }
  },
  async read(file) {
    return fs.readFile(path.join(evidenceDir(), file.storagePath)).then(
      (bytes) => new Uint8Array(bytes),
      () => null,
    );
  },
};
