import type { ReviewKind } from "../../domain";
import { writeAudit } from "../audit/write-audit";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { dbDateToIso } from "../db-dates";
import { AppError } from "../errors";
import type { ReviewWriteOptions } from "./close-review";
import { findReviewForWrite, requireOpen, toReviewInfo, type ReviewInfoView } from "./review-rules";
import { computeSnapshot, writeSnapshot } from "./take-snapshot";
import { msg } from "../../i18n/message-text";

/**
 * Re-takes the snapshot of an OPEN review with the reports that exist now (late reports for the period
 * count). A CLOSED review's snapshot never changes: the review's version is claimed inside the transaction,
 * so a close that lands in between wins and the refresh is refused with the CONFLICT that names it. Once the review's
 * 通报 is issued its figures are the notice's too: the snapshot is not re-taken (CONFLICT).
 */
export async function refreshSnapshot(options: ReviewWriteOptions): Promise<ReviewInfoView> {
  const { user } = options;
  const review = await findReviewForWrite(user, options.reviewId);
  const claim = { kind: "review", id: review.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, review.version);
  requireOpen(review, msg("review.doRefresh"));
  if (review.bulletinIssuedAt) throw new AppError("CONFLICT", msg("review.bulletinIssuedNoRefresh"));
  const rows = await computeSnapshot({ planId: review.planId, kind: review.kind as ReviewKind, periodEnd: dbDateToIso(review.periodEnd) });
  const snapshotAt = new Date();
  const updated = await inVersionedTransaction(async (tx) => {
    const version = await claimVersion(tx, claim);
    const before = await tx.reviewSnapshot.findMany({
      where: { reviewId: review.id },
      select: { targetId: true, value: true, status: true },
    });
    await writeSnapshot(tx, review.id, rows);
    const row = await tx.review.update({ where: { id: review.id }, data: { snapshotAt } });
    const old = new Map(before.map((b) => [b.targetId, b]));
    const changed = rows.filter((r) => old.get(r.targetId)?.value !== r.value || old.get(r.targetId)?.status !== r.status).length;
    await writeAudit(tx, {
      userId: user.id,
      action: "REFRESH_REVIEW_SNAPSHOT",
      entityType: "Review",
      entityId: review.id,
      before: { snapshotAt: review.snapshotAt.toISOString(), version: claim.expected },
      after: { snapshotAt: snapshotAt.toISOString(), targets: rows.length, changed, version },
    });
    return row;
  });
  return toReviewInfo(updated);
}
