import { z } from "zod";
import { renderPlanDocumentDocx } from "../../../../../lib/server/export/plan-document-docx";
import { findPlanDocument } from "../../../../../lib/server/plans/plan-document";
import { id } from "../../../../../lib/validation/primitives";
import { download, route } from "../../../_lib/operation-route";
import { msg } from "../../../../../lib/i18n/message-text";

/**
 * The 绩效计划书 as a Word file (.docx), in its own structure and words (lib/domain/plan-document.ts), generated from
 * the plan as it stands; whoever reads the plan. ?format=docx is the only format (and the default).
 */
export const GET = route({
  name: "GET /api/plans/[planId]/document",
  roles: "SIGNED_IN",
  input: z.object({ planId: id, format: z.enum(["docx"], { error: msg("request.formatDocx") }).default("docx") }),
  access: "read",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  run: async ({ input }) => {
    const file = await renderPlanDocumentDocx(await findPlanDocument(input));
    return download(file.body, file.contentType, file.fileName, file.asciiName);
  },
});
