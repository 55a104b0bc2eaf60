import { z } from "./zod";
import { toDate } from "../domain";
import { msg } from "../i18n/message-text";
import { EARLIEST_DATE, LATEST_DATE } from "./date-bounds";

/**
 * The building blocks of every operation's input schema: ids, dates and bounded text. Messages are catalogue
 * messages (lib/i18n/errors.ts): a form shows them in the page's language, the API in the request's. The caps and ranges are listed in README.md (Input limits);
 * numbers have theirs in lib/domain/value-ranges.ts and lib/validation/numbers.ts.
 */
/**
 * A record's id: the database makes them (cuid, letters and digits), so anything else — a NUL, a space, a path —
 * is refused before it reaches a query (PostgreSQL refuses NUL in text outright, which would be a 500).
 */
export const id = z
  .string({ error: msg("id.missing") })
  .min(1, msg("id.missing"))
  .max(64, msg("id.invalid"))
  .regex(/^[A-Za-z0-9_-]+$/, msg("id.invalid"));

/** The days any date may name (date-bounds.ts). */
export { EARLIEST_DATE, LATEST_DATE };

/**
 * A calendar day as YYYY-MM-DD that exists (no 2013-02-30) between EARLIEST_DATE and LATEST_DATE; `what` names
 * it in the messages. Rules of their own (inside the plan year, not after today, a deadline's range) are the
 * schemas' that use it.
 */
export const calendarDate = (what = msg("field.date")) =>
  z
    .string({ error: msg("v.required", { what }) })
    .regex(/^\d{4}-\d{2}-\d{2}$/, msg("date.format", { what }))
    .refine(
      (s) => {
        try {
          toDate(s);
          return true;
        } catch {
          return false;
        }
      },
      msg("date.invalid", { what }),
    )
    .refine((s) => s >= EARLIEST_DATE && s <= LATEST_DATE, msg("date.range", { what, min: EARLIEST_DATE, max: LATEST_DATE }));

export const isoDate = calendarDate();

/** An optional as-of day; absent and null both mean "today" to the services. */
export const asOf = isoDate.nullish().transform((v) => v ?? null);

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
    .string({ error: (issue) => msg(issue.input === undefined || issue.input === null ? "v.required" : "v.notText", { what }) })
    .max(max, msg("v.maxChars", { what, max }))
    .refine((s) => !hasControlCharacters(s, multi), msg("v.controlCharacters", { what }));
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

export const month = z.number().int().min(1, msg("month.range")).max(12, msg("month.range"));
export const year = z.number().int().min(2000, msg("year.invalid")).max(2100, msg("year.invalid"));
export const version = z
  .number({ error: msg("version.missing") })
  .int()
  .min(0, msg("version.invalid"));

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
