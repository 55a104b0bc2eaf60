import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { commentInputSchema } from "../../validation/review";
import { findReviewForWrite, parseInput, requireOpen } from "./review-rules";
import { toCommentView, type ReviewCommentView } from "./review-items";
import { msg } from "../../i18n/message-text";

export interface AddReviewCommentOptions {
  user: SessionUser;
  reviewId: string;
  targetId?: string | null;
  sectionId?: string | null;
  body: string;
}

/** 点评 on one target or one section of a review (exactly one of them), while the review is open. */
export async function addReviewComment(options: AddReviewCommentOptions): Promise<ReviewCommentView> {
  const { user } = options;
  const review = await findReviewForWrite(user, options.reviewId);
  const targetId = options.targetId || null;
  const sectionId = options.sectionId || null;
  if ((targetId === null) === (sectionId === null)) {
    throw new AppError("BAD_USER_INPUT", msg("review.commentAbout"), { fields: { targetId: msg("review.commentChoose") } });
  }
  const { body } = parseInput(commentInputSchema, { body: options.body });
  requireOpen(review, msg("review.doComment"));
  if (targetId && !(await db.target.count({ where: { id: targetId, planId: review.planId } }))) throw notFound("noun.target");
  if (sectionId && !(await db.section.count({ where: { id: sectionId, unitId: review.plan.unitId } }))) throw notFound("noun.section");

  const comment = await db.$transaction(async (tx) => {
    const created = await tx.reviewComment.create({ data: { reviewId: review.id, targetId, sectionId, body, authorId: user.id } });
    await writeAudit(tx, {
      userId: user.id,
      action: "ADD_REVIEW_COMMENT",
      entityType: "ReviewComment",
      entityId: created.id,
      targetId,
      after: { reviewId: review.id, targetId, sectionId, body },
    });
    return created;
  });
  return toCommentView(comment);
}
