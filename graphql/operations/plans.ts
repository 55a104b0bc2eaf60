import { z } from "zod";
import { operation } from "../../lib/server/operations/define-operation";
import { findPlanDashboard } from "../../lib/server/plans/find-plan-dashboard";
import { findSectionOverview } from "../../lib/server/plans/find-section-overview";
import { findTargetDetail } from "../../lib/server/plans/find-target-detail";
import { listPlans } from "../../lib/server/plans/list-plans";
import { findPlanRollups, findTargetRollup } from "../../lib/server/units/find-rollup";
import { findPlanHistory, findTargetHistory } from "../../lib/server/plans/find-target-history";
import { asOf, id } from "../../lib/validation/primitives";

/** Reading a plan and its targets: the unit's own staff, and a city leader for the counties under the city. */
const planAsOf = z.object({ planId: id, asOf });
const targetAsOf = z.object({ targetId: id, asOf });

export const plans = operation({
  name: "Query.plans",
  roles: "SIGNED_IN",
  input: z.object({ unitId: id.nullish() }),
  access: "read",
  resources: (i) => [{ kind: "unit", id: i.unitId }],
  run: ({ user, input }) => listPlans({ user, unitId: input.unitId }),
});

export const planDashboard = operation({
  name: "Query.planDashboard",
  roles: "SIGNED_IN",
  input: planAsOf.extend({ asReported: z.boolean().nullish() }),
  access: "read",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  run: ({ input }) => findPlanDashboard(input),
});

export const targetDetail = operation({
  name: "Query.targetDetail",
  roles: "SIGNED_IN",
  input: targetAsOf,
  access: "read",
  resources: (i) => [{ kind: "target", id: i.targetId }],
  run: ({ input }) => findTargetDetail(input),
});

export const sectionOverview = operation({
  name: "Query.sectionOverview",
  roles: "SIGNED_IN",
  input: z.object({ sectionId: id, planId: id, asOf }),
  access: "read",
  resources: (i) => [
    { kind: "section", id: i.sectionId },
    { kind: "plan", id: i.planId },
  ],
  run: ({ input }) => findSectionOverview(input),
});

export const planHistory = operation({
  name: "Query.planHistory",
  roles: "SIGNED_IN",
  input: z.object({ planId: id }),
  access: "read",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  run: ({ user, input }) => findPlanHistory({ user, planId: input.planId }),
});

export const targetHistory = operation({
  name: "Query.targetHistory",
  roles: "SIGNED_IN",
  input: z.object({ targetId: id }),
  access: "read",
  resources: (i) => [{ kind: "target", id: i.targetId }],
  run: ({ user, input }) => findTargetHistory({ user, targetId: input.targetId }),
});

export const planRollups = operation({
  name: "Query.planRollups",
  roles: "SIGNED_IN",
  input: planAsOf,
  access: "read",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  run: ({ user, input }) => findPlanRollups({ user, ...input }),
});

export const targetRollup = operation({
  name: "Query.targetRollup",
  roles: "SIGNED_IN",
  input: targetAsOf,
  access: "read",
  resources: (i) => [{ kind: "target", id: i.targetId }],
  run: ({ user, input }) => findTargetRollup({ user, ...input }),
});
