import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { closeRectificationSchema } from "../../validation/review";
import { assertReviewer, parseInput } from "./review-rules";
import { toRectificationView, type RectificationView } from "./review-items";

const STALE = Symbol("already closed");

/**
 * 整改完成: the assessors close a notice with a note on what was done. Notices outlive their review, so a
 * notice can be closed after the review itself was closed.
 */
export async function closeRectification(options: {
  user: SessionUser;
  rectificationId: string;
  closingNote: string;
  today?: string;
}): Promise<RectificationView> {
  const { user } = options;
  assertReviewer(user);
  const { closingNote } = parseInput(closeRectificationSchema, { closingNote: options.closingNote });
  const existing = await db.rectification.findUnique({
    where: { id: options.rectificationId },
    include: { target: { select: { code: true, title: true, plan: { select: { unitId: true } } } } },
  });
  if (!existing) throw notFound("整改通知");
  if (existing.target.plan.unitId !== user.unitId) throw new AppError("FORBIDDEN", "只能考核本单位的计划");
  if (existing.status !== "OPEN") throw new AppError("CONFLICT", "该整改通知已经关闭");
  const now = new Date();
  try {
    const updated = await db.$transaction(async (tx) => {
      const claimed = await tx.rectification.updateMany({
        where: { id: existing.id, status: "OPEN" },
        data: { status: "CLOSED", closedAt: now, closedById: user.id, closingNote },
      });
      if (claimed.count === 0) throw STALE;
      await writeAudit(tx, {
        userId: user.id,
        action: "CLOSE_RECTIFICATION",
        entityType: "Rectification",
        entityId: existing.id,
        targetId: existing.targetId,
        before: { status: "OPEN" },
        after: { status: "CLOSED", closedAt: now.toISOString(), closingNote },
      });
      return tx.rectification.findUniqueOrThrow({ where: { id: existing.id } });
    });
    return toRectificationView({ ...updated, target: existing.target }, options.today);
  } catch (e) {
    if (e === STALE) throw new AppError("CONFLICT", "该整改通知已经关闭");
    throw e;
  }
}
