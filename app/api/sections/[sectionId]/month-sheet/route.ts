import { z } from "zod";
import { parseSheetMonth } from "../../../../../lib/domain/month-sheet";
import { receiveOneFile } from "../../../../../lib/server/evidence/receive-files";
import { isAppError, localizedError } from "../../../../../lib/server/errors";
import { buildMonthSheet } from "../../../../../lib/server/progress/build-month-sheet";
import { importMonthSheet, MONTH_SHEET_MAX_BYTES, refuseSheetName } from "../../../../../lib/server/progress/import-month-sheet";
import { id } from "../../../../../lib/validation/primitives";
import { download, requestLocale, route, XLSX } from "../../../_lib/operation-route";
import { msg } from "../../../../../lib/i18n/message-text";
import { renderMessages } from "../../../../../lib/i18n/render-message";

/**
 * 本月填报表 of one section: GET downloads the month's sheet (?month=YYYY-MM), POST uploads it filled in
 * (multipart, one .xlsx in the "file" field, ?month=YYYY-MM; &dryRun=1 checks and writes nothing). Both are a
 * report on the section: its own section head, or an administrator of its unit. The upload is streamed under a
 * 2 MB cap (413 over it) and its content checked by its magic bytes like evidence files; the server reads the
 * rows itself (lib/server/progress/import-month-sheet.ts).
 */
const month = z
  .string({ error: msg("sheet.chooseMonth") })
  .max(7, msg("sheet.monthFormat"))
  .refine((m) => parseSheetMonth(m) !== null, msg("sheet.monthFormatYears"));

const roles = ["SECTION_HEAD", "ADMIN"] as const;

export const GET = route({
  name: "GET /api/sections/[sectionId]/month-sheet",
  roles,
  input: z.object({ sectionId: id, month }),
  access: "report",
  resources: (i) => [{ kind: "section", id: i.sectionId }],
  run: async ({ user, input }) => {
    const file = await buildMonthSheet({ user, sectionId: input.sectionId, month: input.month });
    return download(file.bytes as BodyInit, XLSX, file.fileName, file.asciiName);
  },
});

export const POST = route(
  {
    name: "POST /api/sections/[sectionId]/month-sheet",
    roles,
    input: z.object({
      sectionId: id,
      month,
      dryRun: z
        .enum(["1", "0", "true", "false"], { error: msg("sheet.dryRun") })
        .optional()
        .transform((v) => v === "1" || v === "true"),
    }),
    access: "report",
    resources: (i) => [{ kind: "section", id: i.sectionId }],
    audit: ["RECORD_PROGRESS", "ADD_EVIDENCE"],
    run: async ({ user, input, request }) => {
      try {
        const file = await receiveOneFile(request, MONTH_SHEET_MAX_BYTES, refuseSheetName);
        const result = await importMonthSheet({ user, sectionId: input.sectionId, month: input.month, dryRun: input.dryRun, ...file });
        // the rows' problems in the request's language, as a refusal's (operation-route)
        return Response.json(renderMessages(result, requestLocale(request)));
      } catch (e) {
        // a size cap: 413, as the evidence uploads answer it
        if (isAppError(e) && e.details?.limit) {
          const { message, details } = localizedError(e, requestLocale(request));
          return Response.json({ error: { code: e.code, message, ...details } }, { status: 413 });
        }
        throw e;
      }
    },
  },
  { errors: "json" },
);
