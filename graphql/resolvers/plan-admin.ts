import { planNamesNoOwner } from "../../lib/domain/owner-assignment";
import { permits } from "../../lib/server/operations/run-operation";
import { assignTargetOwnersOp, updateTargetOp } from "../operations/plan-admin";
import type { Resolvers } from "../generated/resolvers";

export const planAdminResolvers: Resolvers = {
  PlanEditor: {
    viewerCanEdit: (editor, _, { user }) => permits(updateTargetOp, user, { unitId: editor.plan.unitId, sectionIds: [] }),
  },
  TargetDetail: {
    viewerCanAssignOwners: (d, _, { user }) =>
      planNamesNoOwner(d.progress.target) && permits(assignTargetOwnersOp, user, { unitId: d.plan.unitId, sectionIds: [] }),
  },
};
