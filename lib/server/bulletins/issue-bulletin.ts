import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { findReviewForWrite } from "../reviews/review-rules";
import { assertNotIssued } from "./bulletin-rules";
import { findBulletin, type BulletinView } from "./find-bulletin";
import { msg } from "../../i18n/message-text";

export interface IssueBulletinOptions {
  user: SessionUser;
  reviewId: string;
  /** the review's version the page was loaded with */
  expectedVersion: number;
}

/**
 * 印发通报: the notice is dated today and its 主送 and remarks are frozen from now on (who and when are recorded).
 * Issuing twice is refused; two assessors pressing 印发 from one view give one issue and one CONFLICT.
 */
export async function issueBulletin(options: IssueBulletinOptions): Promise<BulletinView> {
  const { user } = options;
  const review = await findReviewForWrite(user, options.reviewId);
  const claim = { kind: "review", id: review.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, review.version);
  assertNotIssued(review, msg("bulletin.noReissue"));
  const now = new Date();
  await inVersionedTransaction(async (tx) => {
    const version = await claimVersion(tx, claim);
    await tx.review.update({ where: { id: review.id }, data: { bulletinIssuedAt: now, bulletinIssuedById: user.id } });
    await writeAudit(tx, {
      userId: user.id,
      action: "ISSUE_BULLETIN",
      entityType: "Review",
      entityId: review.id,
      before: { issuedAt: null, version: claim.expected },
      after: {
        issuedAt: now.toISOString(),
        issuedById: user.id,
        addressee: review.bulletinAddressee,
        remarks: review.bulletinRemarks,
        version,
      },
    });
  });
  return findBulletin({ reviewId: review.id });
}
