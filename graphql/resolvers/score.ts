import { adjustScore } from "../../lib/server/scores/adjust-score";
import { configureScoring } from "../../lib/server/scores/configure-scoring";
import { findScoreSheet } from "../../lib/server/scores/find-score-sheet";
import { setDeclaredScore } from "../../lib/server/scores/set-declared-score";
import { setSelfScore } from "../../lib/server/scores/set-self-score";
import { canWriteTarget } from "../../lib/server/auth/session-user";
import type { Resolvers } from "../generated/resolvers";
import { parseDateArg } from "./scalars";

export const scoreResolvers: Resolvers = {
  Query: {
    scoreSheet: (_, { planId, asOf }) => findScoreSheet({ planId, asOf: parseDateArg(asOf) }),
  },
  Mutation: {
    // The rules in graphql/authorization.ts guarantee an assessor or administrator here.
    setDeclaredScore: (_, { input }, { user }) => setDeclaredScore({ ...input, declaredScore: input.declaredScore ?? null, user: user! }),
    adjustScore: (_, { input }, { user }) => adjustScore({ ...input, adjustedScore: input.adjustedScore ?? null, user: user! }),
    // Omitted fields stay absent (unchanged), explicit nulls reset: graphql-js keeps that distinction.
    configureScoring: (_, { input }, { user }) => configureScoring({ ...input, user: user! }),
    setSelfScore: (_, { input }, { user }) => setSelfScore({ ...input, selfScore: input.selfScore ?? null, user: user! }),
  },
  ScoreSheet: {
    viewerCanScore: (sheet, _, { user }) =>
      user !== null && (user.role === "ASSESSOR" || user.role === "ADMIN") && user.unitId === sheet.plan.unitId,
  },
  ScoreRow: {
    updatedBy: (row, _, { loaders }) => (row.updatedById ? loaders.userById.load(row.updatedById) : null),
    selfBy: (row, _, { loaders }) => (row.selfById ? loaders.userById.load(row.selfById) : null),
    // the same rule the service applies; the sheet says whether the year-end review is still open
    viewerCanSelfAssess: (row, _, { user }) =>
      row.basis !== "INACTIVE" && canWriteTarget(user, row.progress.target.owners.map((o) => o.id)),
  },
};
