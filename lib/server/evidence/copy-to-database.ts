import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { db } from "../db";
import { evidenceDir } from "./evidence-store";

export interface CopyToDatabaseReport {
  /** distinct files the Evidence rows name */
  files: number;
  /** copied into EvidenceBlob by this run */
  copied: number;
  /** in EvidenceBlob already */
  already: number;
  /** storage paths with no file under the folder */
  missing: string[];
  /** storage paths whose file's SHA-256 is not the one its row records (not copied) */
  mismatched: string[];
  /** file rows without a recorded hash (nothing to name their bytes by; not copied) */
  unhashed: number;
}

const BATCH = 500;

/**
 * `npm run evidence:to-database`: copies the evidence files a disk store kept (EVIDENCE_DIR) into the database
 * (EvidenceBlob), for a deployment that moves to EVIDENCE_STORE=database — the default on PostgreSQL, so also
 * one that ran on PostgreSQL before the database store existed. Every file is checked against the SHA-256 its
 * row records before it is copied; files already in the database are left alone, so it can be run again (also
 * while the app runs). The files on disk are not removed.
 */
export async function copyEvidenceToDatabase(options: { dir?: string } = {}): Promise<CopyToDatabaseReport> {
  const dir = options.dir ?? evidenceDir();
  const rows = await db.evidence.findMany({
    where: { kind: "FILE", storagePath: { not: null } },
    select: { storagePath: true, sha256: true },
    orderBy: { id: "asc" },
  });
  const bySha = new Map<string, string>();
  for (const row of rows) if (row.sha256 && !bySha.has(row.sha256)) bySha.set(row.sha256, row.storagePath!);
  const report: CopyToDatabaseReport = {
    files: bySha.size,
    copied: 0,
    already: 0,
    missing: [],
    mismatched: [],
    unhashed: rows.filter((r) => !r.sha256).length,
  };
  const wanted = [...bySha.entries()];
  for (let i = 0; i < wanted.length; i += BATCH) {
    const batch = wanted.slice(i, i + BATCH);
    const stored = await db.evidenceBlob.findMany({ where: { sha256: { in: batch.map(([sha]) => sha) } }, select: { sha256: true } });
    const have = new Set(stored.map((b) => b.sha256));
    for (const [sha256, storagePath] of batch) {
      if (have.has(sha256)) {
        report.already++;
        continue;
      }
      const bytes = await fs.readFile(path.join(dir, storagePath)).catch(() => null);
      if (!bytes) {
        report.missing.push(storagePath);
        continue;
      }
      if (createHash("sha256").update(bytes).digest("hex") !== sha256) {
        report.mismatched.push(storagePath);
        continue;
      }
      try {
        await db.evidenceBlob.create({ data: { sha256, bytes: new Uint8Array(bytes), size: bytes.byteLength }, select: { sha256: true } });
        report.copied++;
      } catch (e) {
        // stored meanwhile by an upload of the same bytes
        if ((e as { code?: string } | null)?.code !== "P2002") throw e;
        report.already++;
      }
    }
  }
  return report;
}
