import { db } from "../db";

export interface EvidenceView {
  id: string;
  entryId: string | null;
  itemId: string | null;
  rectificationId: string | null;
  kind: string;
  title: string;
  url: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  createdAt: Date;
}

/** The columns of an EvidenceView (never the storage path or hash). */
export const EVIDENCE_SELECT = {
  id: true,
  entryId: true,
  itemId: true,
  rectificationId: true,
  kind: true,
  title: true,
  url: true,
  mimeType: true,
  sizeBytes: true,
  createdAt: true,
} as const;

export function findEvidenceByEntryIds(entryIds: string[]): Promise<EvidenceView[]> {
  return db.evidence.findMany({ where: { entryId: { in: entryIds } }, orderBy: { createdAt: "asc" }, select: EVIDENCE_SELECT });
}

export function findEvidenceByItemIds(itemIds: string[]): Promise<EvidenceView[]> {
  return db.evidence.findMany({ where: { itemId: { in: itemIds } }, orderBy: { createdAt: "asc" }, select: EVIDENCE_SELECT });
}

/** A stored file for download; any signed-in user of the bureau may read evidence. */
export function findEvidenceFile(id: string) {
  return db.evidence.findFirst({ where: { id, kind: "FILE" }, select: { title: true, mimeType: true, storagePath: true, sha256: true } });
}
