import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError } from "../errors";
import { findReviewForWrite, toReviewInfo, type ReviewInfoView } from "./review-rules";

const STALE = Symbol("stale status");

/** Flips OPEN ↔ CLOSED with a conditional UPDATE, so two people pressing the same button give one change. */
export async function closeReviewTransition(
  user: SessionUser,
  reviewId: string,
  change: { from: "OPEN" | "CLOSED"; to: "OPEN" | "CLOSED"; action: string; reason?: string | null; refused: string },
): Promise<ReviewInfoView> {
  const review = await findReviewForWrite(user, reviewId);
  if (review.status !== change.from) throw new AppError("CONFLICT", change.refused);
  const closing = change.to === "CLOSED";
  const now = new Date();
  try {
    const updated = await db.$transaction(async (tx) => {
      const claimed = await tx.review.updateMany({
        where: { id: review.id, status: change.from },
        data: closing ? { status: "CLOSED", closedAt: now, closedById: user.id } : { status: "OPEN", closedAt: null, closedById: null },
      });
      if (claimed.count === 0) throw STALE;
      await writeAudit(tx, {
        userId: user.id,
        action: change.action,
        entityType: "Review",
        entityId: review.id,
        before: { status: review.status, closedAt: review.closedAt?.toISOString() ?? null, closedById: review.closedById },
        after: closing
          ? { status: "CLOSED", closedAt: now.toISOString(), closedById: user.id }
          : { status: "OPEN", reopenedAt: now.toISOString(), reopenedById: user.id },
        reason: change.reason ?? null,
      });
      return tx.review.findUniqueOrThrow({ where: { id: review.id } });
    });
    return toReviewInfo(updated);
  } catch (e) {
    if (e === STALE) throw new AppError("CONFLICT", change.refused);
    throw e;
  }
}

/** 关闭: the review is final; its snapshot is frozen from now on (who and when are recorded). */
export function closeReview(options: { user: SessionUser; reviewId: string }): Promise<ReviewInfoView> {
  return closeReviewTransition(options.user, options.reviewId, {
    from: "OPEN",
    to: "CLOSED",
    action: "CLOSE_REVIEW",
    refused: "本次考核已经关闭",
  });
}
