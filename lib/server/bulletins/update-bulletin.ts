import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { findReviewForWrite } from "../reviews/review-rules";
import { assertNotIssued } from "./bulletin-rules";
import { findBulletin, type BulletinView } from "./find-bulletin";
import { msg } from "../../i18n/message-text";

export interface UpdateBulletinOptions {
  user: SessionUser;
  reviewId: string;
  /** 主送; empty or absent: the default (局机关各科室) */
  addressee?: string | null;
  /** 考核组意见; empty or absent: none */
  remarks?: string | null;
  /** the review's version the page was loaded with */
  expectedVersion: number;
}

/** Trimmed text, or null for nothing at all. */
const textOrNull = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/**
 * 修改通报: the unit's assessors set the notice's 主送 and remarks until it is issued. The review's version is
 * claimed (a stale form gets the CONFLICT naming who saved since), and the change is audited old → new in the
 * same transaction.
 */
export async function updateBulletin(options: UpdateBulletinOptions): Promise<BulletinView> {
  const { user } = options;
  const review = await findReviewForWrite(user, options.reviewId);
  const claim = { kind: "review", id: review.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, review.version);
  // the version is current, so whether it was issued is too (issuing bumps it)
  assertNotIssued(review, msg("bulletin.noEdit"));
  const addressee = textOrNull(options.addressee);
  const remarks = textOrNull(options.remarks);
  await inVersionedTransaction(async (tx) => {
    const version = await claimVersion(tx, claim);
    await tx.review.update({ where: { id: review.id }, data: { bulletinAddressee: addressee, bulletinRemarks: remarks } });
    await writeAudit(tx, {
      userId: user.id,
      action: "UPDATE_BULLETIN",
      entityType: "Review",
      entityId: review.id,
      before: { addressee: review.bulletinAddressee, remarks: review.bulletinRemarks, version: claim.expected },
      after: { addressee, remarks, version },
    });
  });
  return findBulletin({ reviewId: review.id });
}
