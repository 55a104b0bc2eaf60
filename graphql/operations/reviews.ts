import { z } from "zod";
import { REVIEW_KINDS, type ReviewKind } from "../../lib/domain";
import { calendarPath } from "../../lib/server/calendar/calendar-token";
import { operation } from "../../lib/server/operations/define-operation";
import { addReviewComment } from "../../lib/server/reviews/add-review-comment";
import { answerRectification } from "../../lib/server/reviews/answer-rectification";
import { closeRectification } from "../../lib/server/reviews/close-rectification";
import { closeReview } from "../../lib/server/reviews/close-review";
import { findSectionDispatch } from "../../lib/server/reviews/dispatch";
import { findReview } from "../../lib/server/reviews/find-review";
import { findReviews } from "../../lib/server/reviews/find-reviews";
import { issueRectification } from "../../lib/server/reviews/issue-rectification";
import { openReview } from "../../lib/server/reviews/open-review";
import { refreshSnapshot } from "../../lib/server/reviews/refresh-snapshot";
import { reopenReview } from "../../lib/server/reviews/reopen-review";
import { returnRectification } from "../../lib/server/reviews/return-rectification";
import { calendarDate, id, month, multiLine, version, year } from "../../lib/validation/primitives";
import { msg } from "../../lib/i18n/message-text";

/**
 * 月度调度 / 季度督查 / 半年点评 / 年终考评: whoever reads the plan reads its reviews; the unit's 考核小组 (assessors,
 * administrators standing in) runs them. A review, its comments and notices never leave the plan's read scope.
 */
const kind = z.enum(REVIEW_KINDS as unknown as [ReviewKind, ...ReviewKind[]]);
const assessors = ["ASSESSOR", "ADMIN"] as const;
const onReview = (i: { reviewId: string }) => [{ kind: "review" as const, id: i.reviewId }];

export const reviews = operation({
  name: "Query.reviews",
  roles: "SIGNED_IN",
  input: z.object({ planId: id, kind: kind.nullish() }),
  access: "read",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  run: ({ input }) => findReviews(input),
});

export const review = operation({
  name: "Query.review",
  roles: "SIGNED_IN",
  input: z.object({ id }),
  access: "read",
  resources: (i) => [{ kind: "review", id: i.id }],
  run: ({ input }) => findReview({ reviewId: input.id }),
});

export const sectionDispatch = operation({
  name: "Query.sectionDispatch",
  roles: "SIGNED_IN",
  input: z.object({ planId: id, month, sectionId: id.nullish() }),
  access: "read",
  resources: (i) => [
    { kind: "plan", id: i.planId },
    { kind: "section", id: i.sectionId },
  ],
  run: ({ input }) => findSectionDispatch(input),
});

/** The feed's address carries a token that opens the section's calendar: only for those who read the section. */
export const sectionCalendar = operation({
  name: "Query.sectionCalendar",
  roles: "SIGNED_IN",
  input: z.object({ sectionId: id }),
  access: "read",
  resources: (i) => [{ kind: "section", id: i.sectionId }],
  run: ({ input }) => ({ sectionId: input.sectionId, path: calendarPath(input.sectionId) }),
});

export const openReviewOp = operation({
  name: "Mutation.openReview",
  roles: assessors,
  input: z.object({ planId: id, kind, year, periodIndex: z.number().int().min(1).max(12) }),
  access: "write",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  audit: "OPEN_REVIEW",
  run: ({ user, input }) => openReview({ ...input, user }),
});

export const refreshReviewSnapshotOp = operation({
  name: "Mutation.refreshReviewSnapshot",
  roles: assessors,
  input: z.object({ reviewId: id, expectedVersion: version }),
  access: "write",
  resources: onReview,
  version: "review",
  audit: "REFRESH_REVIEW_SNAPSHOT",
  run: ({ user, input }) => refreshSnapshot({ ...input, user }),
});

export const closeReviewOp = operation({
  name: "Mutation.closeReview",
  roles: assessors,
  input: z.object({ reviewId: id, expectedVersion: version }),
  access: "write",
  resources: onReview,
  version: "review",
  audit: "CLOSE_REVIEW",
  run: ({ user, input }) => closeReview({ ...input, user }),
});

export const reopenReviewOp = operation({
  name: "Mutation.reopenReview",
  roles: assessors,
  input: z.object({ reviewId: id, reason: multiLine(500, msg("field.reason")).nullish(), expectedVersion: version }),
  access: "write",
  resources: onReview,
  version: "review",
  audit: "REOPEN_REVIEW",
  run: ({ user, input }) => reopenReview({ ...input, user }),
});

export const addReviewCommentOp = operation({
  name: "Mutation.addReviewComment",
  roles: assessors,
  input: z.object({ reviewId: id, targetId: id.nullish(), sectionId: id.nullish(), body: multiLine(2000, msg("field.comment")) }),
  access: "write",
  resources: (i) => [...onReview(i), { kind: "target", id: i.targetId }, { kind: "section", id: i.sectionId }],
  audit: "ADD_REVIEW_COMMENT",
  run: ({ user, input }) => addReviewComment({ ...input, user }),
});

export const issueRectificationOp = operation({
  name: "Mutation.issueRectification",
  roles: assessors,
  input: z.object({
    reviewId: id,
    targetId: id,
    notice: multiLine(2000, msg("field.notice")),
    deadline: calendarDate(msg("field.deadline")),
  }),
  access: "write",
  resources: (i) => [...onReview(i), { kind: "target", id: i.targetId }],
  audit: "ISSUE_RECTIFICATION",
  run: ({ user, input }) => issueRectification({ ...input, user }),
});

/** 整改情况: the owning section's head (an administrator standing in) answers the notice on their target. */
export const answerRectificationOp = operation({
  name: "Mutation.answerRectification",
  roles: ["SECTION_HEAD", "ADMIN"],
  input: z.object({
    rectificationId: id,
    answer: multiLine(2000, msg("field.answer")),
    links: z
      .array(z.object({ url: multiLine(2000, msg("field.link")), title: multiLine(200, msg("field.linkTitle")).nullish() }))
      .max(5, "佐证链接最多 5 个")
      .nullish(),
    expectedVersion: version,
  }),
  access: "report",
  resources: (i) => [{ kind: "rectification", id: i.rectificationId }],
  version: "rectification",
  audit: "ANSWER_RECTIFICATION",
  run: ({ user, input }) => answerRectification({ ...input, user }),
});

/** 退回: the assessors send the answer back with what is still missing. */
export const returnRectificationOp = operation({
  name: "Mutation.returnRectification",
  roles: assessors,
  input: z.object({ rectificationId: id, reason: multiLine(2000, msg("field.returnReason")), expectedVersion: version }),
  access: "write",
  resources: (i) => [{ kind: "rectification", id: i.rectificationId }],
  version: "rectification",
  audit: "RETURN_RECTIFICATION",
  run: ({ user, input }) => returnRectification({ ...input, user }),
});

/** 销号 */
export const closeRectificationOp = operation({
  name: "Mutation.closeRectification",
  roles: assessors,
  input: z.object({ rectificationId: id, closingNote: multiLine(2000, msg("field.closingNote")), expectedVersion: version }),
  access: "write",
  resources: (i) => [{ kind: "rectification", id: i.rectificationId }],
  version: "rectification",
  audit: "CLOSE_RECTIFICATION",
  run: ({ user, input }) => closeRectification({ ...input, user }),
});
