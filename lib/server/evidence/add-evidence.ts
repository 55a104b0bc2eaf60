import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { writeEvidenceRows, type EvidenceRowData } from "../progress/evidence-rows";
import { findWritableTarget } from "../progress/target-write";
import { cleanFileName, EVIDENCE_TYPES, extensionOf, refuseFile, refuseLink } from "../../validation/evidence";
import { evidenceStore } from "./active-store";
import { discardStaged, openStaging, storagePathOf, type StagedFile } from "./evidence-store";
import { refuseFileContent } from "./file-content";
import { msg } from "../../i18n/message-text";

export { evidenceDir } from "./evidence-store";

/** Evidence backs a report (entryId), a count target's named item (itemId) or a rectification answer. */
export type EvidenceParent =
  | { entryId: string; itemId?: undefined; rectificationId?: undefined }
  | { itemId: string; entryId?: undefined; rectificationId?: undefined }
  | { rectificationId: string; entryId?: undefined; itemId?: undefined };

export type AddEvidenceOptions = EvidenceParent &
  (
    | { user: SessionUser; kind: "LINK"; url: string; title?: string | null }
    | { user: SessionUser; kind: "FILE"; fileName: string; bytes: Uint8Array }
  );

type ParentLink = { targetId: string; link: { entryId: string } | { itemId: string } | { rectificationId: string } };

async function findParent(options: EvidenceParent): Promise<ParentLink> {
  if (options.rectificationId !== undefined) {
    const r = await db.rectification.findUnique({
      where: { id: options.rectificationId },
      select: { id: true, targetId: true, status: true },
    });
    if (!r) throw notFound("noun.rectification");
    if (r.status === "CLOSED") throw new AppError("CONFLICT", msg("evidence.rectificationClosed"));
    return { targetId: r.targetId, link: { rectificationId: r.id } };
  }
  if (options.itemId !== undefined) {
    const item = await db.countItem.findUnique({ where: { id: options.itemId }, select: { id: true, targetId: true } });
    if (!item) throw notFound("noun.item");
    return { targetId: item.targetId, link: { itemId: item.id } };
  }
  const entry = await db.progressEntry.findUnique({ where: { id: options.entryId }, select: { id: true, targetId: true } });
  if (!entry) throw notFound("noun.report");
  return { targetId: entry.targetId, link: { entryId: entry.id } };
}

/** The report or item evidence would be added to, when the user may write its target (else NOT_FOUND / FORBIDDEN). */
export async function findEvidenceParent(options: EvidenceParent & { user: SessionUser }): Promise<ParentLink> {
  const parent = await findParent(options);
  await findWritableTarget(options.user, parent.targetId);
  return parent;
}

function createRows(user: SessionUser, parent: ParentLink, rows: EvidenceRowData[]) {
  return db.$transaction((tx) => writeEvidenceRows(tx, user, parent, rows));
}

/**
 * Attaches received files (receiveEvidenceFiles: names cleaned, extension, size and content checked, hashed)
 * to a report, a named item or a rectification answer, all or none: the evidence store (EVIDENCE_STORE: the
 * database, or EVIDENCE_DIR on this disk) keeps each file by its SHA-256 together with one transaction that
 * writes a row and an audit row per file; if that fails, nothing of the files stays stored by this call. The
 * staged copies are gone afterwards either way.
 */
export async function addEvidenceFiles(options: EvidenceParent & { user: SessionUser; files: readonly StagedFile[] }) {
  try {
    const parent = await findEvidenceParent(options);
    return await evidenceStore().save(options.files, (tx) =>
      writeEvidenceRows(
        tx,
        options.user,
        parent,
        options.files.map((f) => ({
          kind: "FILE",
          title: f.fileName,
          mimeType: EVIDENCE_TYPES[extensionOf(f.fileName)],
          sizeBytes: f.sizeBytes,
          storagePath: storagePathOf(f.sha256, f.fileName),
          sha256: f.sha256,
        })),
      ),
    );
  } finally {
    await discardStaged(options.files);
  }
}

/**
 * Attaches 佐证材料 to a report or a named item: whoever may write the target may add evidence. A link must be a
 * web address; a file (bytes in hand) must have an allowed extension, fit the size cap and have content that
 * matches its extension, and is stored like an upload (addEvidenceFiles). The write is audited like any other.
 */
export async function addEvidence(options: AddEvidenceOptions) {
  if (options.kind === "LINK") {
    const parent = await findEvidenceParent(options);
    const url = options.url.trim();
    const refused = refuseLink(url);
    if (refused) throw new AppError("BAD_USER_INPUT", refused, { fields: { url: refused } });
    const [evidence] = await createRows(options.user, parent, [{ kind: "LINK", url, title: options.title?.trim() || url }]);
    return evidence;
  }
  await findEvidenceParent(options);
  const fileName = cleanFileName(options.fileName);
  const refused = refuseFile(fileName, options.bytes.byteLength) ?? (await refuseFileContent(fileName, options.bytes));
  if (refused) throw new AppError("BAD_USER_INPUT", refused, { fields: { file: refused } });
  const tempPath = path.join(await openStaging(), `${randomUUID()}.part`);
  await fs.writeFile(tempPath, options.bytes, { flag: "wx" });
  const sha256 = createHash("sha256").update(options.bytes).digest("hex");
  const on: EvidenceParent =
    options.itemId !== undefined
      ? { itemId: options.itemId }
      : options.rectificationId !== undefined
        ? { rectificationId: options.rectificationId }
        : { entryId: options.entryId };
  const [evidence] = await addEvidenceFiles({
    ...on,
    user: options.user,
    files: [{ fileName, tempPath, sha256, sizeBytes: options.bytes.byteLength }],
  });
  return evidence;
}
