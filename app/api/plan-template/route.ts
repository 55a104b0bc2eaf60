import { z } from "zod";
import { planCsv, planFileName, planWorkbook } from "../../../lib/server/plans/plan-sheet";
import { CSV, download, route, XLSX } from "../_lib/operation-route";

/** The blank import template: ?format=xlsx (default, with a 填写说明 sheet) or csv (the header row). */
export const GET = route({
  name: "GET /api/plan-template",
  roles: "SIGNED_IN",
  input: z.object({ format: z.enum(["xlsx", "csv"]).catch("xlsx") }),
  access: "read",
  resources: () => [],
  run: async ({ input }) => {
    const name = `${planFileName(null)}.${input.format}`;
    const ascii = `plan-template.${input.format}`;
    if (input.format === "csv") return download(planCsv(null), CSV, name, ascii);
    return download((await planWorkbook(null)) as BodyInit, XLSX, name, ascii);
  },
});
