import { canWriteTarget } from "../../lib/server/auth/session-user";
import { findPlanDashboard } from "../../lib/server/plans/find-plan-dashboard";
import { listPlans } from "../../lib/server/plans/list-plans";
import type { Resolvers } from "../generated/resolvers";
import { parseDateArg } from "./scalars";

export const planResolvers: Resolvers = {
  TargetProgress: {
    viewerCanRecord: (p, _, { user }) => canWriteTarget(user, p.target.owners.map((o) => o.id)),
  },
  Query: {
    plans: (_, { unitId }, { user }) => listPlans({ unitId, user }),
    planDashboard: (_, { planId, asOf }) => findPlanDashboard({ planId, asOf: parseDateArg(asOf) }),
  },
};
