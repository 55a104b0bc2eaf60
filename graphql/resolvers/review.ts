import { permits } from "../../lib/server/operations/run-operation";
import { closeRectificationOp, closeReviewOp } from "../operations/reviews";
import type { Resolvers } from "../generated/resolvers";
import type { Loaders } from "../loaders";

const userOf = (id: string | null, loaders: Loaders) => (id ? loaders.userById.load(id) : null);

export const reviewResolvers: Resolvers = {
  Review: {
    createdBy: async (r, _, { loaders }) => (await userOf(r.createdById, loaders))!,
    closedBy: (r, _, { loaders }) => userOf(r.closedById, loaders),
  },
  ReviewListItem: {
    review: (item) => item,
  },
  ReviewDetail: {
    viewerCanManage: (d, _, { user }) => permits(closeReviewOp, user, { unitId: d.unitId, sectionIds: [] }),
  },
  TargetDetail: {
    viewerCanSignOffRectifications: (d, _, { user }) => permits(closeRectificationOp, user, { unitId: d.plan.unitId, sectionIds: [] }),
  },
  ReviewComment: {
    author: async (c, _, { loaders }) => (await userOf(c.authorId, loaders))!,
  },
  Rectification: {
    issuedBy: async (r, _, { loaders }) => (await userOf(r.issuedById, loaders))!,
    closedBy: (r, _, { loaders }) => userOf(r.closedById, loaders),
    answeredBy: (r, _, { loaders }) => userOf(r.answeredById, loaders),
  },
};
