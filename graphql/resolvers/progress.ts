import { permits } from "../../lib/server/operations/run-operation";
import { recordProgressOp } from "../operations/progress";
import type { Resolvers } from "../generated/resolvers";

export const progressResolvers: Resolvers = {
  SectionOverview: {
    viewerCanRecord: (overview, _, { user }) =>
      permits(recordProgressOp, user, { unitId: overview.section.unitId, sectionIds: [overview.section.id] }),
  },
  ProgressEntry: {
    reportedBy: async (entry, _, { loaders }) => (await loaders.userById.load(entry.reportedById))!,
    evidence: (entry, _, { loaders }) => loaders.evidenceByEntry.load(entry.id),
  },
};
