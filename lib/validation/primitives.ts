import { z } from "zod";
import { toDate } from "../domain";

/**
 * The building blocks of every operation's input schema: ids, dates and bounded text. Messages are Chinese
 * because they reach bureau staff through the forms.
 */
export const id = z.string({ error: "缺少编号" }).min(1, "缺少编号").max(64, "编号无效");

export const isoDate = z
  .string({ error: "请填写日期" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD")
  .refine((s) => {
    try {
      toDate(s);
      return true;
    } catch {
      return false;
    }
  }, "不是有效的日期");

/** An optional as-of day; absent and null both mean "today" to the services. */
export const asOf = isoDate.nullish().transform((v) => v ?? null);

/** Free text of at most `max` characters. */
export const text = (max: number) => z.string().max(max, `不能超过 ${max} 字`);

export const month = z.number().int().min(1, "月份应为 1–12").max(12, "月份应为 1–12");
export const year = z.number().int().min(2000, "年份无效").max(2100, "年份无效");
export const version = z.number({ error: "缺少版本号" }).int().min(0, "版本号无效");

/** Nothing to parse: operations without arguments. */
export const noInput = z.object({}).strict();
