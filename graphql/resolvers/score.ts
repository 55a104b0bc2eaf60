import { permits } from "../../lib/server/operations/run-operation";
import { setDeclaredScoreOp, setSelfScoreOp } from "../operations/scores";
import type { Resolvers } from "../generated/resolvers";
import { ownedTarget } from "./plan";

export const scoreResolvers: Resolvers = {
  ScoreSheet: {
    viewerCanScore: (sheet, _, { user }) => permits(setDeclaredScoreOp, user, { unitId: sheet.plan.unitId, sectionIds: [] }),
  },
  ScoreRow: {
    updatedBy: (row, _, { loaders }) => (row.updatedById ? loaders.userById.load(row.updatedById) : null),
    selfBy: (row, _, { loaders }) => (row.selfById ? loaders.userById.load(row.selfById) : null),
    // the same rule the operation applies; the sheet says whether the year-end review is still open
    viewerCanSelfAssess: (row, _, { user }) => row.basis !== "INACTIVE" && permits(setSelfScoreOp, user, ownedTarget(row.progress.target)),
  },
};
