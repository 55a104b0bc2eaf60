import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { closeRectificationSchema } from "../../validation/review";
import { assertAssessorOf, parseInput } from "./review-rules";
import { toRectificationView, type RectificationView } from "./review-items";

/**
 * 整改完成: the assessors close a notice with a note on what was done. Notices outlive their review, so a
 * notice can be closed after the review itself was closed. The notice's version is claimed: two assessors
 * closing it from one view give one close and one CONFLICT naming who closed it.
 */
export async function closeRectification(options: {
  user: SessionUser;
  rectificationId: string;
  closingNote: string;
  /** the notice's version the page was loaded with */
  expectedVersion: number;
  today?: string;
}): Promise<RectificationView> {
  const { user } = options;
  const { closingNote } = parseInput(closeRectificationSchema, { closingNote: options.closingNote });
  const existing = await db.rectification.findUnique({
    where: { id: options.rectificationId },
    include: { target: { select: { code: true, title: true, plan: { select: { unitId: true } } } } },
  });
  if (!existing) throw notFound("整改通知");
  assertAssessorOf(user, existing.target.plan.unitId);
  const claim = { kind: "rectification", id: existing.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, existing.version);
  if (existing.status !== "OPEN") throw new AppError("CONFLICT", "该整改通知已经关闭");
  const now = new Date();
  const updated = await inVersionedTransaction(async (tx) => {
    const version = await claimVersion(tx, claim);
    const row = await tx.rectification.update({
      where: { id: existing.id },
      data: { status: "CLOSED", closedAt: now, closedById: user.id, closingNote },
    });
    await writeAudit(tx, {
      userId: user.id,
      action: "CLOSE_RECTIFICATION",
      entityType: "Rectification",
      entityId: existing.id,
      targetId: existing.targetId,
      before: { status: "OPEN", version: claim.expected },
      after: { status: "CLOSED", closedAt: now.toISOString(), closingNote, version },
    });
    return row;
  });
  return toRectificationView({ ...updated, target: existing.target }, options.today);
}
