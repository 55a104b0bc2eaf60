import { z } from "zod";
import { findBulletin, type BulletinView } from "../../lib/server/bulletins/find-bulletin";
import { issueBulletin } from "../../lib/server/bulletins/issue-bulletin";
import { updateBulletin } from "../../lib/server/bulletins/update-bulletin";
import { withdrawBulletin } from "../../lib/server/bulletins/withdraw-bulletin";
import type { Resource } from "../../lib/server/access/resources";
import type { SessionUser } from "../../lib/server/auth/session-user";
import { operation } from "../../lib/server/operations/define-operation";
import { permits } from "../../lib/server/operations/run-operation";
import { bulletinTextSchema, bulletinWithdrawReason } from "../../lib/validation/bulletin";
import { id, version } from "../../lib/validation/primitives";

/**
 * 通报: whoever reads the review reads its notice (the same scope: a county never reads the city's); the unit's
 * 考核小组 (assessors, administrators standing in) sets its 主送 and remarks and issues it. Both writes claim the
 * review's version and are audited old → new.
 */
const assessors = ["ASSESSOR", "ADMIN"] as const;
const onReview = (i: { reviewId: string }) => [{ kind: "review" as const, id: i.reviewId }];

/** The notice as answered, with whether this caller may edit it (asked of the very operation that edits). */
const answer = (view: BulletinView, user: SessionUser, review: Resource): BulletinView & { viewerCanEdit: boolean } => ({
  ...view,
  viewerCanEdit: permits(updateBulletinOp, user, review),
});

export const bulletin = operation({
  name: "Query.bulletin",
  roles: "SIGNED_IN",
  input: z.object({ reviewId: id }),
  access: "read",
  resources: onReview,
  run: async ({ user, input, resources }) => answer(await findBulletin(input), user, resources[0]),
});

export const updateBulletinOp = operation({
  name: "Mutation.updateBulletin",
  roles: assessors,
  input: bulletinTextSchema.extend({ reviewId: id, expectedVersion: version }),
  access: "write",
  resources: onReview,
  version: "review",
  audit: "UPDATE_BULLETIN",
  run: async ({ user, input, resources }) => answer(await updateBulletin({ ...input, user }), user, resources[0]),
});

export const issueBulletinOp = operation({
  name: "Mutation.issueBulletin",
  roles: assessors,
  input: z.object({ reviewId: id, expectedVersion: version }),
  access: "write",
  resources: onReview,
  version: "review",
  audit: "ISSUE_BULLETIN",
  run: async ({ user, input, resources }) => answer(await issueBulletin({ ...input, user }), user, resources[0]),
});

export const withdrawBulletinOp = operation({
  name: "Mutation.withdrawBulletin",
  roles: assessors,
  input: z.object({ reviewId: id, reason: bulletinWithdrawReason, expectedVersion: version }),
  access: "write",
  resources: onReview,
  version: "review",
  audit: "WITHDRAW_BULLETIN",
  run: async ({ user, input, resources }) => answer(await withdrawBulletin({ ...input, user }), user, resources[0]),
});
