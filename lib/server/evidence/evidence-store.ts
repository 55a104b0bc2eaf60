import fs from "node:fs/promises";
import path from "node:path";
import type { Prisma } from "../../../generated/prisma/client";
import { extensionOf } from "../../validation/evidence";
import type { EvidenceStoreKind } from "./store-kind";

/**
 * Where evidence files' bytes are kept, behind one interface (chosen by EVIDENCE_STORE, see ./store-kind.ts and
 * ./active-store.ts): on this machine's disk (./disk-store.ts) or in the database (./database-store.ts). Every
 * file is named by its SHA-256, never by a name from the user: its row's storagePath is ab/abcd….pdf in both.
 */
export interface EvidenceStore {
  readonly kind: EvidenceStoreKind;
  /**
   * Stores received files (staged, checked and hashed by receive-files.ts) and runs `writeRows` — which writes
   * their Evidence rows — in one database transaction, all or none: when the rows are not written, nothing of
   * the files stays stored by this call. The staged copies are the caller's to discard.
   */
  save<T>(files: readonly StagedFile[], writeRows: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T>;
  /** The bytes of a stored file (its Evidence row's storagePath and sha256), or null when the store has none. */
  read(file: StoredFile): Promise<Uint8Array<ArrayBuffer> | null>;
}

export interface StoredFile {
  storagePath: string;
  sha256: string | null;
}

/**
 * EVIDENCE_DIR (default data/evidence): the disk store's files, and for every store the staging folder
 * EVIDENCE_DIR/.incoming, where uploads wait until every file of one was accepted (on the disk store's file
 * system, so moving one into place is a rename).
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
