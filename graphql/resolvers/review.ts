import { calendarPath } from "../../lib/server/calendar/calendar-token";
import { addReviewComment } from "../../lib/server/reviews/add-review-comment";
import { closeRectification } from "../../lib/server/reviews/close-rectification";
import { closeReview } from "../../lib/server/reviews/close-review";
import { findSectionDispatch } from "../../lib/server/reviews/dispatch";
import { findReview } from "../../lib/server/reviews/find-review";
import { findReviews } from "../../lib/server/reviews/find-reviews";
import { issueRectification } from "../../lib/server/reviews/issue-rectification";
import { openReview } from "../../lib/server/reviews/open-review";
import { refreshSnapshot } from "../../lib/server/reviews/refresh-snapshot";
import { reopenReview } from "../../lib/server/reviews/reopen-review";
import type { Resolvers } from "../generated/resolvers";

import type { Loaders } from "../loaders";

const userOf = (id: string | null, loaders: Loaders) => (id ? loaders.userById.load(id) : null);

export const reviewResolvers: Resolvers = {
  Query: {
    reviews: (_, { planId, kind }) => findReviews({ planId, kind }),
    review: (_, { id }) => findReview({ reviewId: id }),
    sectionDispatch: (_, { planId, month, sectionId }) => findSectionDispatch({ planId, month, sectionId }),
    sectionCalendar: (_, { sectionId }) => ({ sectionId, path: calendarPath(sectionId) }),
  },
  Mutation: {
    // The rules in graphql/authorization.ts guarantee an assessor or administrator here.
    openReview: (_, { input }, { user }) => openReview({ ...input, user: user! }),
    refreshReviewSnapshot: (_, { reviewId }, { user }) => refreshSnapshot({ user: user!, reviewId }),
    closeReview: (_, { reviewId }, { user }) => closeReview({ user: user!, reviewId }),
    reopenReview: (_, { reviewId, reason }, { user }) => reopenReview({ user: user!, reviewId, reason }),
    addReviewComment: (_, { input }, { user }) => addReviewComment({ ...input, user: user! }),
    issueRectification: (_, { input }, { user }) => issueRectification({ ...input, user: user! }),
    closeRectification: (_, { rectificationId, closingNote }, { user }) =>
      closeRectification({ user: user!, rectificationId, closingNote }),
  },
  Review: {
    createdBy: async (r, _, { loaders }) => (await userOf(r.createdById, loaders))!,
    closedBy: (r, _, { loaders }) => userOf(r.closedById, loaders),
  },
  ReviewListItem: {
    review: (item) => item,
  },
  ReviewDetail: {
    viewerCanManage: (d, _, { user }) => !!user && (user.role === "ASSESSOR" || user.role === "ADMIN") && user.unitId === d.unitId,
  },
  ReviewComment: {
    author: async (c, _, { loaders }) => (await userOf(c.authorId, loaders))!,
  },
  Rectification: {
    issuedBy: async (r, _, { loaders }) => (await userOf(r.issuedById, loaders))!,
    closedBy: (r, _, { loaders }) => userOf(r.closedById, loaders),
  },
};
