import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { findWritableTarget } from "../progress/target-write";
import { EVIDENCE_TYPES, extensionOf, refuseFile, refuseLink } from "../../validation/evidence";

/** Evidence backs a report (entryId) or a count target's named item (itemId). */
type EvidenceParent = { entryId: string; itemId?: undefined } | { itemId: string; entryId?: undefined };

export type AddEvidenceOptions = EvidenceParent &
  (
    | { user: SessionUser; kind: "LINK"; url: string; title?: string | null }
    | { user: SessionUser; kind: "FILE"; fileName: string; bytes: Uint8Array }
  );

async function findParent(options: EvidenceParent): Promise<{ targetId: string; link: { entryId: string } | { itemId: string } }> {
  if (options.itemId !== undefined) {
    const item = await db.countItem.findUnique({ where: { id: options.itemId }, select: { id: true, targetId: true } });
    if (!item) throw notFound("登记事项");
    return { targetId: item.targetId, link: { itemId: item.id } };
  }
  const entry = await db.progressEntry.findUnique({ where: { id: options.entryId }, select: { id: true, targetId: true } });
  if (!entry) throw notFound("报送记录");
  return { targetId: entry.targetId, link: { entryId: entry.id } };
}

export function evidenceDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.EVIDENCE_DIR ?? "data/evidence");
}

/**
 * Attaches 佐证材料 to a report or a named item: whoever may write the target may add evidence. Files are stored under
 * EVIDENCE_DIR named by their SHA-256 (never overwritten, never executable paths from user input);
 * the database keeps name, type, size and hash. The write is audited like any other.
 */
export async function addEvidence(options: AddEvidenceOptions) {
  const parent = await findParent(options);
  await findWritableTarget(options.user, parent.targetId);

  let data: { kind: string; title: string; url?: string; mimeType?: string; sizeBytes?: number; storagePath?: string; sha256?: string };
  if (options.kind === "LINK") {
    const url = options.url.trim();
    const refused = refuseLink(url);
    if (refused) throw new AppError("BAD_USER_INPUT", refused, { fields: { url: refused } });
    data = { kind: "LINK", url, title: options.title?.trim() || url };
  } else {
    const refused = refuseFile(options.fileName, options.bytes.byteLength);
    if (refused) throw new AppError("BAD_USER_INPUT", refused, { fields: { file: refused } });
    const ext = extensionOf(options.fileName);
    const sha256 = createHash("sha256").update(options.bytes).digest("hex");
    const storagePath = path.join(sha256.slice(0, 2), `${sha256}${ext}`);
    const full = path.join(evidenceDir(), storagePath);
    await fs.mkdir(path.dirname(full), { recursive: true });
    await fs.writeFile(full, options.bytes, { flag: "w" });
    data = {
      kind: "FILE",
      title: path.basename(options.fileName).slice(0, 200),
      mimeType: EVIDENCE_TYPES[ext],
      sizeBytes: options.bytes.byteLength,
      storagePath,
      sha256,
    };
  }

  return db.$transaction(async (tx) => {
    const evidence = await tx.evidence.create({ data: { ...data, ...parent.link, uploadedById: options.user.id } });
    await writeAudit(tx, {
      userId: options.user.id,
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
    return evidence;
  });
}
