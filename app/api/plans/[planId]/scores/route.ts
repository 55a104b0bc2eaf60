import { z } from "zod";
import { scoreCsv, scoreFileName, scoreWorkbook } from "../../../../../lib/server/export/score-workbook";
import { findScoreSheet } from "../../../../../lib/server/scores/find-score-sheet";
import { asOf, id } from "../../../../../lib/validation/primitives";
import { CSV, download, route, XLSX } from "../../../_lib/operation-route";
import { msg } from "../../../../../lib/i18n/message-text";

/**
 * The 年终考评计分表 as a download: ?format=xlsx (default) or csv, ?asOf=YYYY-MM-DD (default 31 December of the
 * plan year). The same reach as the scoreSheet query: whoever reads the plan.
 */
export const GET = route({
  name: "GET /api/plans/[planId]/scores",
  roles: "SIGNED_IN",
  input: z.object({
    planId: id,
    format: z.enum(["xlsx", "csv"], { error: msg("request.formatXlsxCsv") }).default("xlsx"),
    asOf: z
      .literal("")
      .transform(() => null)
      .or(asOf),
  }),
  access: "read",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  run: async ({ input }) => {
    const sheet = await findScoreSheet(input);
    const name = `${scoreFileName(sheet)}.${input.format}`;
    const ascii = `scores-${sheet.asOf}.${input.format}`;
    if (input.format === "csv") return download(scoreCsv(sheet), CSV, name, ascii);
    return download((await scoreWorkbook(sheet)) as BodyInit, XLSX, name, ascii);
  },
});
