import { mayCheck } from "../../lib/domain";
import { permits } from "../../lib/server/operations/run-operation";
import { acceptFigureOp, setFigureChecksOp } from "../operations/figure-checks";
import type { Resolvers } from "../generated/resolvers";

/** viewerCan… ask the very operations that decide, plus the four-eyes rule the service applies. */
export const figureCheckResolvers: Resolvers = {
  FigureCheck: {
    evidence: (f, _, { loaders }) => (f.kind === "ENTRY" ? loaders.evidenceByEntry.load(f.id) : loaders.evidenceByItem.load(f.id)),
    reportedBy: async (f, _, { loaders }) => (await loaders.userById.load(f.reportedById))!,
    checkedBy: (f, _, { loaders }) => (f.checkedById ? loaders.userById.load(f.checkedById) : null),
    viewerCanCheck: (f, _, { user }) =>
      f.checkStatus === "PENDING" &&
      user !== null &&
      mayCheck(user.id, f.reportedById) &&
      permits(acceptFigureOp, user, { unitId: f.unitId, sectionIds: f.ownerSectionIds }),
  },
  FigureChecks: {
    viewerCanConfigure: (c, _, { user }) => permits(setFigureChecksOp, user, { unitId: c.plan.unitId, sectionIds: [] }),
  },
  ProgressEntry: {
    checkedBy: (e, _, { loaders }) => (e.checkedById ? loaders.userById.load(e.checkedById) : null),
  },
  CountItem: {
    checkedBy: (i, _, { loaders }) => (i.checkedById ? loaders.userById.load(i.checkedById) : null),
  },
};
