import type { ReviewKind } from "../../domain";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { dbDateToIso } from "../db-dates";
import { AppError } from "../errors";
import { findReviewForWrite, requireOpen, toReviewInfo, type ReviewInfoView } from "./review-rules";
import { computeSnapshot, writeSnapshot } from "./take-snapshot";

const CLOSED = Symbol("closed");

/**
 * Re-takes the snapshot of an OPEN review with the reports that exist now (late reports for the period
 * count). A CLOSED review's snapshot never changes: the status is checked again inside the transaction,
 * so a close that lands in between wins and the refresh is refused.
 */
export async function refreshSnapshot(options: { user: SessionUser; reviewId: string }): Promise<ReviewInfoView> {
  const { user } = options;
  const review = await findReviewForWrite(user, options.reviewId);
  requireOpen(review, "更新快照");
  const rows = await computeSnapshot({ planId: review.planId, kind: review.kind as ReviewKind, periodEnd: dbDateToIso(review.periodEnd) });
  const snapshotAt = new Date();
  try {
    const updated = await db.$transaction(async (tx) => {
      const claimed = await tx.review.updateMany({ where: { id: review.id, status: "OPEN" }, data: { snapshotAt } });
      if (claimed.count === 0) throw CLOSED;
      const before = await tx.reviewSnapshot.findMany({ where: { reviewId: review.id }, select: { targetId: true, value: true, status: true } });
      await writeSnapshot(tx, review.id, rows);
      const old = new Map(before.map((b) => [b.targetId, b]));
      const changed = rows.filter((r) => old.get(r.targetId)?.value !== r.value || old.get(r.targetId)?.status !== r.status).length;
      await writeAudit(tx, {
        userId: user.id,
        action: "REFRESH_REVIEW_SNAPSHOT",
        entityType: "Review",
        entityId: review.id,
        before: { snapshotAt: review.snapshotAt.toISOString() },
        after: { snapshotAt: snapshotAt.toISOString(), targets: rows.length, changed },
      });
      return tx.review.findUniqueOrThrow({ where: { id: review.id } });
    });
    return toReviewInfo(updated);
  } catch (e) {
    if (e === CLOSED) throw new AppError("CONFLICT", "本次考核已关闭，不能更新快照；如需修改请先重新打开");
    throw e;
  }
}
