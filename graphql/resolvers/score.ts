import { adjustScore } from "../../lib/server/scores/adjust-score";
import { configureScoring } from "../../lib/server/scores/configure-scoring";
import { findScoreSheet } from "../../lib/server/scores/find-score-sheet";
import { setDeclaredScore } from "../../lib/server/scores/set-declared-score";
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
  },
  ScoreSheet: {
    viewerCanScore: (sheet, _, { user }) =>
      user !== null && (user.role === "ASSESSOR" || user.role === "ADMIN") && user.unitId === sheet.plan.unitId,
  },
  ScoreRow: {
    updatedBy: (row, _, { loaders }) => (row.updatedById ? loaders.userById.load(row.updatedById) : null),
  },
};
