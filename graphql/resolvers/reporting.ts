import { permits } from "../../lib/server/operations/run-operation";
import { lockMonthOp } from "../operations/locks";
import { setTargetApplicabilityOp, setTargetThresholdsOp } from "../operations/target-settings";
import type { Resolvers } from "../generated/resolvers";

const ofUnit = (unitId: string) => ({ unitId, sectionIds: [] });

export const reportingResolvers: Resolvers = {
  PlanLocks: {
    viewerCanManage: (locks, _, { user }) => permits(lockMonthOp, user, ofUnit(locks.unitId)),
  },
  TargetDetail: {
    viewerCanSetApplicability: (d, _, { user }) => permits(setTargetApplicabilityOp, user, ofUnit(d.plan.unitId)),
    viewerCanSetThresholds: (d, _, { user }) => permits(setTargetThresholdsOp, user, ofUnit(d.plan.unitId)),
  },
  MonthLockView: {
    decidedBy: (row, _, { loaders }) => (row.decidedById ? loaders.userById.load(row.decidedById) : null),
  },
  CountItem: {
    createdBy: async (item, _, { loaders }) => (await loaders.userById.load(item.createdById))!,
    evidence: (item, _, { loaders }) => loaders.evidenceByItem.load(item.id),
  },
};
