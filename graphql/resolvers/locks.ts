import { permits } from "../../lib/server/operations/run-operation";
import { lockMonthOp } from "../operations/locks";
import type { Resolvers } from "../generated/resolvers";

export const lockResolvers: Resolvers = {
  PlanLocks: {
    viewerCanManage: (locks, _, { user }) => permits(lockMonthOp, user, { unitId: locks.unitId, sectionIds: [] }),
  },
  MonthLockView: {
    decidedBy: (row, _, { loaders }) => (row.decidedById ? loaders.userById.load(row.decidedById) : null),
  },
};
