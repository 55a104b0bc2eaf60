import { z } from "zod";
import { findPlanEditor } from "../../../../../lib/server/plans/find-plan-editor";
import { planCsv, planFileName, planWorkbook } from "../../../../../lib/server/plans/plan-sheet";
import { id } from "../../../../../lib/validation/primitives";
import { CSV, download, route, XLSX } from "../../../_lib/operation-route";
import { msg } from "../../../../../lib/i18n/message-text";

/** A plan in the import template's format (xlsx by default, or csv); importing the file gives the same plan back. */
export const GET = route({
  name: "GET /api/plans/[planId]/export",
  roles: "SIGNED_IN",
  input: z.object({ planId: id, format: z.enum(["xlsx", "csv"], { error: msg("request.formatXlsxCsv") }).default("xlsx") }),
  access: "read",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  run: async ({ user, input }) => {
    const editor = await findPlanEditor({ user, planId: input.planId });
    const name = `${planFileName(editor)}.${input.format}`;
    const ascii = `plan-${editor.plan.year}.${input.format}`;
    if (input.format === "csv") return download(planCsv(editor), CSV, name, ascii);
    return download((await planWorkbook(editor)) as BodyInit, XLSX, name, ascii);
  },
});
