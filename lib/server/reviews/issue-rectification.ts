import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { isoToDbDate, todayIso } from "../db-dates";
import { notFound } from "../errors";
import { rectificationInputSchema } from "../../validation/review";
import { findReviewForWrite, parseInput, requireOpen } from "./review-rules";
import { RECTIFICATION_INCLUDE, toRectificationView, type RectificationView } from "../rectifications/rectification-view";
import { msg } from "../../i18n/message-text";

export interface IssueRectificationOptions {
  user: SessionUser;
  reviewId: string;
  targetId: string;
  notice: string;
  deadline: string;
  today?: string;
}

/** 整改通知 from a review: what must be put right on a target, and by when (not before today: the issue day). */
export async function issueRectification(options: IssueRectificationOptions): Promise<RectificationView> {
  const { user } = options;
  const review = await findReviewForWrite(user, options.reviewId);
  const today = options.today ?? todayIso();
  const input = parseInput(rectificationInputSchema({ issuedOn: today, planYear: review.plan.year }), {
    notice: options.notice,
    deadline: options.deadline,
  });
  requireOpen(review, msg("review.doRectify"));
  const target = await db.target.findFirst({
    where: { id: options.targetId, planId: review.planId },
    select: { id: true, code: true, title: true },
  });
  if (!target) throw notFound("noun.target");

  const created = await db.$transaction(async (tx) => {
    const row = await tx.rectification.create({
      data: { reviewId: review.id, targetId: target.id, notice: input.notice, deadline: isoToDbDate(input.deadline), issuedById: user.id },
      include: RECTIFICATION_INCLUDE,
    });
    await writeAudit(tx, {
      userId: user.id,
      action: "ISSUE_RECTIFICATION",
      entityType: "Rectification",
      entityId: row.id,
      targetId: target.id,
      after: { reviewId: review.id, notice: input.notice, deadline: input.deadline, status: "OPEN" },
    });
    return row;
  });
  return toRectificationView(created, today);
}
