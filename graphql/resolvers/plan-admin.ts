import { canManagePlans } from "../../lib/server/auth/unit-scope";
import { addTarget } from "../../lib/server/plans/add-target";
import { copyPlan } from "../../lib/server/plans/copy-plan";
import { findPlanEditor } from "../../lib/server/plans/find-plan-editor";
import { findPlanHistory, findTargetHistory } from "../../lib/server/plans/find-target-history";
import { importPlan } from "../../lib/server/plans/import-plan";
import { moveTarget } from "../../lib/server/plans/move-target";
import { removeTarget } from "../../lib/server/plans/remove-target";
import { updateArea } from "../../lib/server/plans/update-area";
import { given, updateTarget } from "../../lib/server/plans/update-target";
import { findPlanRollups, findTargetRollup } from "../../lib/server/units/find-rollup";
import { findUnitTree } from "../../lib/server/units/find-unit-tree";
import type { Resolvers } from "../generated/resolvers";
import { parseDateArg } from "./scalars";

/** A null for a field that cannot be empty means "leave it", like an omitted one. */
const keep = <T>(v: T | null | undefined): T | undefined => v ?? undefined;

// The rules in graphql/authorization.ts guarantee a signed-in user (an administrator for the mutations);
// the services scope every read and write to the user's unit.
export const planAdminResolvers: Resolvers = {
  Query: {
    planEditor: (_, { planId }, { user }) => findPlanEditor({ user: user!, planId }),
    planHistory: (_, { planId }, { user }) => findPlanHistory({ user: user!, planId }),
    targetHistory: (_, { targetId }, { user }) => findTargetHistory({ user: user!, targetId }),
    planRollups: (_, { planId, asOf }, { user }) => findPlanRollups({ user: user!, planId, asOf: parseDateArg(asOf) }),
    targetRollup: (_, { targetId, asOf }, { user }) => findTargetRollup({ user: user!, targetId, asOf: parseDateArg(asOf) }),
    unitTree: (_, __, { user }) => findUnitTree({ user: user! }),
  },
  Mutation: {
    copyPlan: (_, { planId, year, title }, { user }) => copyPlan({ user: user!, planId, year, title }),
    updateTarget: (_, { input }, { user }) => {
      const c = input.changes;
      return updateTarget({
        user: user!,
        targetId: input.targetId,
        expectedVersion: input.expectedVersion,
        changes: given({
          ...c,
          code: keep(c.code),
          title: keep(c.title),
          wording: keep(c.wording),
          kind: keep(c.kind),
          ownerIds: keep(c.ownerIds),
          areaId: keep(c.areaId),
        }),
      });
    },
    addTarget: (_, { input }, { user }) => addTarget({ ...input, user: user! }),
    removeTarget: (_, { targetId, expectedVersion }, { user }) => removeTarget({ user: user!, targetId, expectedVersion }),
    moveTarget: (_, { targetId, direction, expectedVersion }, { user }) => moveTarget({ user: user!, targetId, direction, expectedVersion }),
    updateArea: (_, { input }, { user }) =>
      updateArea({
        user: user!,
        areaId: input.areaId,
        code: keep(input.code),
        name: keep(input.name),
        category: keep(input.category),
        points: keep(input.points),
        targetPoints: input.targetPoints?.map((t) => ({ targetId: t.targetId, pointsOverride: t.pointsOverride ?? null, expectedVersion: t.expectedVersion })),
      }),
    importPlan: (_, { input }, { user }) => importPlan({ ...input, user: user! }),
  },
  PlanEditor: {
    viewerCanEdit: (editor, _, { user }) => canManagePlans(user, editor.plan.unitId),
  },
};
