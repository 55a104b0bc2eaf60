import { findPlanDashboard } from "../../lib/server/plans/find-plan-dashboard";
import { listPlans } from "../../lib/server/plans/list-plans";
import type { Resolvers } from "../generated/resolvers";
import { parseDateArg } from "./scalars";

export const planResolvers: Resolvers = {
  Query: {
    plans: (_, { unitId }) => listPlans({ unitId }),
    planDashboard: (_, { planId, asOf }) => findPlanDashboard({ planId, asOf: parseDateArg(asOf) }),
  },
};
