import { z } from "./zod";
import { toDate } from "../domain";

/**
 * The building blocks of every operation's input schema: ids, dates and bounded text. Messages are Chinese
 * because they reach bureau staff through the forms. The caps and ranges are listed in README.md (Input limits);
 * numbers have theirs in lib/domain/value-ranges.ts and lib/validation/numbers.ts.
 */
/**
 * A record's id: the database makes them (cuid, letters and digits), so anything else — a NUL, a space, a path —
 * is refused before it reaches a query (PostgreSQL refuses NUL in text outright, which would be a 500).
 */
export const id = z
  .string({ error: "缺少编号" })
  .min(1, "缺少编号")
  .max(64, "编号无效")
  .regex(/^[A-Za-z0-9_-]+$/, "编号无效");

/** The days any date may name: the years a plan may have (`year` below). */
export const EARLIEST_DATE = "2000-01-01";
export const LATEST_DATE = "2100-12-31";

/**
 * A calendar day as YYYY-MM-DD that exists (no 2013-02-30) between EARLIEST_DATE and LATEST_DATE; `what` names
 * it in the messages. Rules of their own (inside the plan year, not after today, a deadline's range) are the
 * schemas' that use it.
 */
export const calendarDate = (what = "日期") =>
  z
    .string({ error: `请填写${what}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what}格式应为 YYYY-MM-DD`)
    .refine((s) => {
      try {
        toDate(s);
        return true;
      } catch {
        return false;
      }
    }, `${what}不是有效的日期`)
    .refine((s) => s >= EARLIEST_DATE && s <= LATEST_DATE, `${what}应在 ${EARLIEST_DATE} 到 ${LATEST_DATE} 之间`);

export const isoDate = calendarDate();

/** An optional as-of day; absent and null both mean "today" to the services. */
export const asOf = isoDate.nullish().transform((v) => v ?? null);

/** Text may not hold control characters: what the message says, after the field's name. */
export const CONTROL_CHARACTERS = "不能包含控制字符";

/**
 * Whether `s` holds a control character: C0 (U+0000–U+001F, NUL among them) or DEL (U+007F), nothing a person
 * types on one line. In multi-line text line breaks (\n, or \r\n as Windows and spreadsheets write them) and
 * tabs are text.
 */
export function hasControlCharacters(s: string, multiLine = false): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x7f) continue;
    if (multiLine && (c === 0x0a || c === 0x09 || (c === 0x0d && s.charCodeAt(i + 1) === 0x0a))) continue;
    return true;
  }
  return false;
}

function boundedText(max: number, what: string, multi: boolean) {
  return z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? `请填写${what}` : `${what}应为文字`) })
    .max(max, `${what}不能超过 ${max} 字`)
    .refine((s) => !hasControlCharacters(s, multi), `${what}${CONTROL_CHARACTERS}`);
}

/**
 * One line of text (a name, title, code, unit, link, file name, search): at most `max` characters, measured
 * before any trimming, no control characters at all. `what` names the field in the messages.
 */
export const singleLine = (max: number, what = "") => boundedText(max, what, false);

/**
 * Text that may run over lines (a note, reason, comment, notice, the plan's wording): at most `max`
 * characters, line breaks and tabs allowed, no other control characters.
 */
export const multiLine = (max: number, what = "") => boundedText(max, what, true);

/** Free text of at most `max` characters (multi-line; prefer singleLine / multiLine with the field's name). */
export const text = (max: number, what = "") => multiLine(max, what);

export const month = z.number().int().min(1, "月份应为 1–12").max(12, "月份应为 1–12");
export const year = z.number().int().min(2000, "年份无效").max(2100, "年份无效");
export const version = z.number({ error: "缺少版本号" }).int().min(0, "版本号无效");

/** Nothing to parse: operations without arguments. */
export const noInput = z.object({}).strict();

/** A field an edit may leave out; null, which GraphQL sends as readily, means the same: "leave it". */
export const keep = <T extends z.ZodType>(t: T) => t.nullish().transform((v) => v ?? undefined);

/** A field as an edit takes it: omitted stays as it is; null clears a field that takes null, and leaves one that does not. */
export type Change<T extends z.ZodType> = null extends z.input<T> ? z.ZodOptional<T> : ReturnType<typeof keep<T>>;

/**
 * The fields of a record's schema as an edit (or a new record's optional fields) takes them: each may be left
 * out; null is the value of a field that takes null (it clears it) and means "leave it" on one that does not.
 */
export function changesOf<S extends Record<string, z.ZodType>>(shape: S): { [K in keyof S]: Change<S[K]> } {
  return Object.fromEntries(Object.entries(shape).map(([k, t]) => [k, t.safeParse(null).success ? t.optional() : keep(t)])) as {
    [K in keyof S]: Change<S[K]>;
  };
}
