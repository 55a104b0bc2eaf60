import { canWriteTarget } from "../../lib/server/auth/session-user";
import { findSectionOverview } from "../../lib/server/plans/find-section-overview";
import { findTargetDetail } from "../../lib/server/plans/find-target-detail";
import { addEvidence } from "../../lib/server/evidence/add-evidence";
import { amendProgress } from "../../lib/server/progress/amend-progress";
import { recordProgress } from "../../lib/server/progress/record-progress";
import type { Resolvers } from "../generated/resolvers";
import { parseDateArg } from "./scalars";

export const progressResolvers: Resolvers = {
  Query: {
    targetDetail: (_, { targetId, asOf }) => findTargetDetail({ targetId, asOf: parseDateArg(asOf) }),
    sectionOverview: (_, { sectionId, planId, asOf }) =>
      findSectionOverview({ sectionId, planId, asOf: parseDateArg(asOf) }),
  },
  Mutation: {
    // The rule in graphql/authorization.ts guarantees a signed-in user here.
    recordProgress: (_, { input }, { user }) =>
      recordProgress({ ...input, user: user!, confirmLarge: input.confirmLarge ?? false }),
    addEvidenceLink: (_, { entryId, url, title }, { user }) => addEvidence({ user: user!, entryId, kind: "LINK", url, title }),
    amendProgress: (_, { input }, { user }) =>
      amendProgress({ ...input, user: user!, confirmLarge: input.confirmLarge ?? false }),
  },
  SectionOverview: {
    viewerCanRecord: (overview, _, { user }) => canWriteTarget(user, [overview.section.id]),
  },
  ProgressEntry: {
    reportedBy: async (entry, _, { loaders }) => (await loaders.userById.load(entry.reportedById))!,
    evidence: (entry, _, { loaders }) => loaders.evidenceByEntry.load(entry.id),
  },
};
