import { z } from "./zod";
import { toDate } from "../domain";
import { msg } from "../i18n/message-text";

/** Rows per page of the log page and of the auditLog query when no limit is given. */
export const AUDIT_PAGE_SIZE = 50;
/** The largest page the auditLog query serves. */
export const AUDIT_PAGE_MAX = 500;
/** The CSV export returns at most this many rows (newest first). */
export const AUDIT_EXPORT_MAX = 50_000;

const id = z
  .string()
  .trim()
  .max(100, msg("id.tooLong"))
  // ids and action names are letters, digits, _ and - (a NUL would reach PostgreSQL, which refuses it in text)
  .regex(/^[A-Za-z0-9_-]*$/, msg("id.invalid"))
  .optional()
  .nullable()
  .transform((v) => v || undefined);

const date = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .nullable()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v), msg("date.format", { what: label }))
    .refine(
      (v) => {
        if (v === undefined) return true;
        try {
          toDate(v);
          return true;
        } catch {
          return false;
        }
      },
      msg("date.invalid", { what: label }),
    );

/**
 * The log's filters as the page, the API and the CSV export receive them (empty strings from a GET form
 * mean "any"). from/to are calendar dates, both inclusive.
 */
export const auditFilterSchema = z
  .object({
    userId: id,
    sectionId: id,
    targetId: id,
    action: id,
    from: date(msg("field.from")),
    to: date(msg("field.to")),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: msg("audit.fromAfterTo"), path: ["to"] });

export type AuditFilterInput = z.input<typeof auditFilterSchema>;
export type AuditFilter = z.output<typeof auditFilterSchema>;

export function auditPageSchema(max: number) {
  return z.object({
    offset: z
      .number()
      .int(msg("v.integer", { what: "offset" }))
      .min(0, msg("v.negative", { what: "offset" })),
    limit: z
      .number()
      .int(msg("v.integer", { what: "limit" }))
      .min(1, msg("audit.limitAtLeast"))
      .max(max, msg("audit.pageMax", { max })),
  });
}
