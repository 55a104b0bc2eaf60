import { db } from "../db";

export interface EvidenceView {
  id: string;
  entryId: string | null;
  itemId: string | null;
  kind: string;
  title: string;
  url: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  createdAt: Date;
}

const select = {
  id: true,
  entryId: true,
  itemId: true,
  kind: true,
  title: true,
  url: true,
  mimeType: true,
  sizeBytes: true,
  createdAt: true,
} as const;

export function findEvidenceByEntryIds(entryIds: string[]): Promise<EvidenceView[]> {
  return db.evidence.findMany({ where: { entryId: { in: entryIds } }, orderBy: { createdAt: "asc" }, select });
}

export function findEvidenceByItemIds(itemIds: string[]): Promise<EvidenceView[]> {
  return db.evidence.findMany({ where: { itemId: { in: itemIds } }, orderBy: { createdAt: "asc" }, select });
}

/** A stored file for download; any signed-in user of the bureau may read evidence. */
export function findEvidenceFile(id: string) {
  return db.evidence.findFirst({ where: { id, kind: "FILE" }, select: { title: true, mimeType: true, storagePath: true } });
}
