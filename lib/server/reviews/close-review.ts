import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { AppError } from "../errors";
import { findReviewForWrite, toReviewInfo, type ReviewInfoView } from "./review-rules";
import { msg } from "../../i18n/message-text";

export interface ReviewWriteOptions {
  user: SessionUser;
  reviewId: string;
  /** the review's version the page was loaded with */
  expectedVersion: number;
}

/**
 * Flips OPEN ↔ CLOSED. The review's version is claimed, so two people pressing the same button from one
 * view give one change and one CONFLICT naming who pressed first.
 */
export async function closeReviewTransition(
  options: ReviewWriteOptions,
  change: { from: "OPEN" | "CLOSED"; to: "OPEN" | "CLOSED"; action: string; reason?: string | null; refused: string },
): Promise<ReviewInfoView> {
  const { user } = options;
  const review = await findReviewForWrite(user, options.reviewId);
  const claim = { kind: "review", id: review.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, review.version);
  // the version is current, so the status read is too (every status change bumps the version)
  if (review.status !== change.from) throw new AppError("CONFLICT", change.refused);
  const closing = change.to === "CLOSED";
  const now = new Date();
  const updated = await inVersionedTransaction(async (tx) => {
    const version = await claimVersion(tx, claim);
    const row = await tx.review.update({
      where: { id: review.id },
      data: closing ? { status: "CLOSED", closedAt: now, closedById: user.id } : { status: "OPEN", closedAt: null, closedById: null },
    });
    await writeAudit(tx, {
      userId: user.id,
      action: change.action,
      entityType: "Review",
      entityId: review.id,
      before: {
        status: review.status,
        closedAt: review.closedAt?.toISOString() ?? null,
        closedById: review.closedById,
        version: claim.expected,
      },
      after: closing
        ? { status: "CLOSED", closedAt: now.toISOString(), closedById: user.id, version }
        : { status: "OPEN", reopenedAt: now.toISOString(), reopenedById: user.id, version },
      reason: change.reason ?? null,
    });
    return row;
  });
  return toReviewInfo(updated);
}

/** 关闭: the review is final; its snapshot is frozen from now on (who and when are recorded). */
export function closeReview(options: ReviewWriteOptions): Promise<ReviewInfoView> {
  return closeReviewTransition(options, {
    from: "OPEN",
    to: "CLOSED",
    action: "CLOSE_REVIEW",
    refused: msg("review.alreadyClosed"),
  });
}
