import { z } from "zod";
import { toDate } from "../domain";

/**
 * The building blocks of every operation's input schema: ids, dates and bounded text. Messages are Chinese
 * because they reach bureau staff through the forms.
 */
export const id = z.string({ error: "缺少编号" }).min(1, "缺少编号").max(64, "编号无效");

/** A calendar day as YYYY-MM-DD that exists (no 2013-02-30); `what` names it in the messages. */
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
    }, `${what}不是有效的日期`);

export const isoDate = calendarDate();

/** An optional as-of day; absent and null both mean "today" to the services. */
export const asOf = isoDate.nullish().transform((v) => v ?? null);

/** Free text of at most `max` characters. */
export const text = (max: number) => z.string().max(max, `不能超过 ${max} 字`);

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
