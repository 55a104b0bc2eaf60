import type { Prisma } from "../../../generated/prisma/client";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";

/**
 * Evidence rows (佐证) and their audit rows, written inside the caller's transaction: the one writer behind
 * lib/server/evidence/add-evidence.ts (links and uploaded files) and the 本月填报表 import (a row's 佐证链接
 * with its report). It sits here, beside the reports, because the evidence module depends on this one for the
 * target check and the modules depend on each other in one direction only.
 */
export type EvidenceOwner = { entryId: string } | { itemId: string } | { rectificationId: string };

export interface EvidenceRowData {
  kind: string;
  title: string;
  url?: string;
  mimeType?: string;
  sizeBytes?: number;
  storagePath?: string;
  sha256?: string;
}

export async function writeEvidenceRows(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  parent: { targetId: string; link: EvidenceOwner },
  rows: readonly EvidenceRowData[],
) {
  const created = [];
  for (const data of rows) {
    const evidence = await tx.evidence.create({ data: { ...data, ...parent.link, uploadedById: user.id } });
    await writeAudit(tx, {
      userId: user.id,
      action: "ADD_EVIDENCE",
      entityType: "Evidence",
      entityId: evidence.id,
      targetId: parent.targetId,
      before: null,
      after: {
        ...parent.link,
        kind: evidence.kind,
        title: evidence.title,
        url: evidence.url,
        sizeBytes: evidence.sizeBytes,
        sha256: evidence.sha256,
      },
    });
    created.push(evidence);
  }
  return created;
}
