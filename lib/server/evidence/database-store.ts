import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import type { Prisma } from "../../../generated/prisma/client";
import { db } from "../db";
import type { EvidenceStore, StagedFile } from "./evidence-store";

/** An upload of 5 × 20 MB written to PostgreSQL takes well under a second; the default 5 s leaves no margin. */
const TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

/** The staged file's bytes, checked against the hash taken while it streamed in (a changed file is the server's fault). */
async function stagedBytes(file: StagedFile): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new Uint8Array(await fs.readFile(file.tempPath));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (sha256 !== file.sha256 || bytes.byteLength !== file.sizeBytes) throw new Error(`staged evidence file ${file.tempPath} changed`);
  return bytes;
}

/** Stores bytes under their hash unless they are stored already (content-addressed: one copy however often uploaded). */
async function putBlob(tx: Prisma.TransactionClient, sha256: string, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  const found = await tx.evidenceBlob.findUnique({ where: { sha256 }, select: { sha256: true } });
  if (!found) await tx.evidenceBlob.create({ data: { sha256, bytes, size: bytes.byteLength }, select: { sha256: true } });
}

const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === "P2002";

/**
 * Evidence files in the database (model EvidenceBlob, EVIDENCE_STORE=database, the default on PostgreSQL): every
 * app instance on the database reads every file, and a backup of the database (pg_dump) holds them. The bytes and
 * the Evidence rows naming them are written in one transaction, so a failed upload leaves nothing behind. Two
 * uploads of the same new bytes at once (two instances) meet on the primary key: the loser's transaction is rolled
 * back and run once more, and then finds the bytes stored.
 */
export const databaseStore: EvidenceStore = {
  kind: "database",
  async save(files, writeRows) {
    const blobs = await Promise.all(files.map(async (file) => ({ sha256: file.sha256, bytes: await stagedBytes(file) })));
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.$transaction(async (tx) => {
          for (const blob of blobs) await putBlob(tx, blob.sha256, blob.bytes);
          return writeRows(tx);
        }, TRANSACTION);
      } catch (e) {
        if (attempt === 1 && isUniqueViolation(e)) continue;
        throw e;
      }
    }
  },
  async read(file) {
    if (!file.sha256) return null;
    const blob = await db.evidenceBlob.findUnique({ where: { sha256: file.sha256 }, select: { bytes: true } });
    return blob ? new Uint8Array(blob.bytes) : null;
  },
};
