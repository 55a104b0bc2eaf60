import { z } from "./zod";
import { toDate } from "../domain";

/** Rows per page of the log page and of the auditLog query when no limit is given. */
export const AUDIT_PAGE_SIZE = 50;
/** The largest page the auditLog query serves. */
export const AUDIT_PAGE_MAX = 500;
/** The CSV export returns at most this many rows (newest first). */
export const AUDIT_EXPORT_MAX = 50_000;

const id = z
  .string()
  .trim()
  .max(100, "编号过长")
  // ids and action names are letters, digits, _ and - (a NUL would reach PostgreSQL, which refuses it in text)
  .regex(/^[A-Za-z0-9_-]*$/, "编号无效")
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
    .refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v), `${label}格式应为 YYYY-MM-DD`)
    .refine((v) => {
      if (v === undefined) return true;
      try {
        toDate(v);
        return true;
      } catch {
        return false;
      }
    }, `${label}不是有效的日期`);

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
    from: date("起始日期"),
    to: date("截止日期"),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "起始日期不能晚于截止日期", path: ["to"] });

export type AuditFilterInput = z.input<typeof auditFilterSchema>;
export type AuditFilter = z.output<typeof auditFilterSchema>;

export function auditPageSchema(max: number) {
  return z.object({
    offset: z.number().int("offset 应为整数").min(0, "offset 不能为负数"),
    limit: z.number().int("limit 应为整数").min(1, "limit 至少为 1").max(max, `每页最多 ${max} 条`),
  });
}
