import { canSetApplicability } from "../../lib/server/auth/session-user";
import { canManagePlans } from "../../lib/server/auth/unit-scope";
import { findReportingDiscipline } from "../../lib/server/discipline/find-reporting-discipline";
import { addEvidence } from "../../lib/server/evidence/add-evidence";
import { addCountItem } from "../../lib/server/items/add-count-item";
import { updateCountItem } from "../../lib/server/items/update-count-item";
import { withdrawCountItem } from "../../lib/server/items/withdraw-count-item";
import { configureReporting } from "../../lib/server/locks/configure-reporting";
import { findPlanLocks } from "../../lib/server/locks/find-plan-locks";
import { lockMonth, reopenMonth } from "../../lib/server/locks/lock-month";
import { setTargetApplicability } from "../../lib/server/plans/set-applicability";
import { setTargetThresholds } from "../../lib/server/plans/set-thresholds";
import { confirmNoChange } from "../../lib/server/progress/confirm-no-change";
import type { Resolvers } from "../generated/resolvers";
import { parseDateArg } from "./scalars";

// The rules in graphql/authorization.ts guarantee a signed-in user of an allowed role in every mutation.
export const reportingResolvers: Resolvers = {
  Query: {
    planLocks: (_, { planId }) => findPlanLocks({ planId }),
    reportingDiscipline: (_, { planId, asOf }) => findReportingDiscipline({ planId, asOf: parseDateArg(asOf) }),
  },
  Mutation: {
    addCountItem: (_, { input }, { user }) => addCountItem({ ...input, user: user! }),
    updateCountItem: (_, { input }, { user }) => updateCountItem({ ...input, user: user! }),
    withdrawCountItem: (_, args, { user }) => withdrawCountItem({ ...args, user: user! }),
    addItemEvidenceLink: (_, { itemId, url, title }, { user }) => addEvidence({ user: user!, itemId, kind: "LINK", url, title }),
    confirmNoChange: (_, { input }, { user }) => confirmNoChange({ ...input, user: user! }),
    lockMonth: (_, args, { user }) => lockMonth({ ...args, user: user! }),
    reopenMonth: (_, args, { user }) => reopenMonth({ ...args, user: user! }),
    configureReporting: (_, args, { user }) => configureReporting({ ...args, user: user! }),
    setTargetApplicability: (_, { input }, { user }) => setTargetApplicability({ ...input, user: user! }),
    setTargetThresholds: (_, { input }, { user }) => setTargetThresholds({ ...input, greenAt: input.greenAt ?? null, amberAt: input.amberAt ?? null, user: user! }),
  },
  PlanLocks: {
    viewerCanManage: (locks, _, { user }) => canManagePlans(user, locks.unitId),
  },
  TargetDetail: {
    viewerCanSetApplicability: (d, _, { user }) => canSetApplicability(user, d.plan.unitId),
    viewerCanSetThresholds: (d, _, { user }) => canManagePlans(user, d.plan.unitId),
  },
  MonthLockView: {
    decidedBy: (row, _, { loaders }) => (row.decidedById ? loaders.userById.load(row.decidedById) : null),
  },
  CountItem: {
    createdBy: async (item, _, { loaders }) => (await loaders.userById.load(item.createdById))!,
    evidence: (item, _, { loaders }) => loaders.evidenceByItem.load(item.id),
  },
};
