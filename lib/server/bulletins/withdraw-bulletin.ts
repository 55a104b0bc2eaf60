import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { AppError } from "../errors";
import { findReviewForWrite } from "../reviews/review-rules";
import { findBulletin, type BulletinView } from "./find-bulletin";
import { msg } from "../../i18n/message-text";

export interface WithdrawBulletinOptions {
  user: SessionUser;
  reviewId: string;
  /** why (validated by the caller): kept as the audit row's reason */
  reason: string;
  /** the review's version the page was loaded with */
  expectedVersion: number;
}

/**
 * 撤回印发: an issued notice found wrong goes back to a draft — its 主送 and remarks editable, the snapshot
 * refreshable, and a new 印发 dates it anew. Who issued it, when, and why it was withdrawn stay in the audit log
 * (the review keeps no second copy). Only an issued notice can be withdrawn; the review's version is claimed.
 */
export async function withdrawBulletin(options: WithdrawBulletinOptions): Promise<BulletinView> {
  const { user } = options;
  const review = await findReviewForWrite(user, options.reviewId);
  const claim = { kind: "review", id: review.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, review.version);
  if (!review.bulletinIssuedAt) throw new AppError("CONFLICT", msg("bulletin.notIssued"));
  const issuedAt = review.bulletinIssuedAt;
  await inVersionedTransaction(async (tx) => {
    const version = await claimVersion(tx, claim);
    await tx.review.update({ where: { id: review.id }, data: { bulletinIssuedAt: null, bulletinIssuedById: null } });
    await writeAudit(tx, {
      userId: user.id,
      action: "WITHDRAW_BULLETIN",
      entityType: "Review",
      entityId: review.id,
      reason: options.reason,
      before: { issuedAt: issuedAt.toISOString(), issuedById: review.bulletinIssuedById, version: claim.expected },
      after: { issuedAt: null, version },
    });
  });
  return findBulletin({ reviewId: review.id });
}
