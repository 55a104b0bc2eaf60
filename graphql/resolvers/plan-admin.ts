import { planNamesNoOwner } from "../../lib/domain/owner-assignment";
import { permits } from "../../lib/server/operations/run-operation";
import { assignTargetOwnersOp, updateTargetOp } from "../operations/plan-admin";
import type { Resolvers } from "../generated/resolvers";
import { renderMessage } from "../../lib/i18n/render-message";

export const planAdminResolvers: Resolvers = {
  // an import's problems may be catalogue messages (lib/i18n/errors.ts): in the request's language
  ImportProblem: {
    message: (p, _, { locale }) => renderMessage(p.message, locale),
  },
  ImportPreviewRow: {
    window: (r, _, { locale }) => renderMessage(r.window, locale),
    owners: (r, _, { locale }) => renderMessage(r.owners, locale),
  },
  PlanEditor: {
    viewerCanEdit: (editor, _, { user }) => permits(updateTargetOp, user, { unitId: editor.plan.unitId, sectionIds: [] }),
  },
  TargetDetail: {
    viewerCanAssignOwners: (d, _, { user }) =>
      planNamesNoOwner(d.progress.target) && permits(assignTargetOwnersOp, user, { unitId: d.plan.unitId, sectionIds: [] }),
  },
};
