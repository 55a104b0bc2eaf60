import { z } from "./zod";
import { calendarDate, multiLine, singleLine } from "./primitives";
import { isInPlanYear, itemOutsideWindow, type MonthWindow } from "../domain";
import { refuseLink } from "./evidence";

/** What the item form and the API both check. Messages are for bureau staff. */
export interface CountItemRules {
  planYear: number;
  /** items cannot be dated in the future */
  today: string;
  /** the sections an item may be assigned to: the target's owners (any of the unit's when it has none) */
  sectionIds: readonly string[];
  /**
   * the target's window, when the item's date is to be checked against it (a new item, a changed date): a date
   * outside it needs confirmOutsideWindow (lib/domain/count-items.ts itemOutsideWindow)
   */
  window?: (MonthWindow & { specified?: boolean }) | null;
}

/** "4–12月" for the warning */
const monthsText = (w: MonthWindow) => (w.startMonth === w.endMonth ? `${w.startMonth}月` : `${w.startMonth}–${w.endMonth}月`);

/** empty text is no text (null); measured before it is trimmed; no control characters (a description may run over lines) */
const optionalText = (max: number, label: string, lines: "single" | "multi" = "single") =>
  (lines === "multi" ? multiLine : singleLine)(max, label)
    .trim()
    .nullish()
    .transform((v) => (v ? v : null));

/** An item's details that do not depend on its target: the item operations take them as they are. */
export const countItemDetailFields = {
  description: optionalText(1000, "简要说明", "multi"),
  docNumber: optionalText(100, "批准文号"),
  link: optionalText(2000, "链接").refine((v) => v === null || refuseLink(v) === null, { message: "链接须以 http:// 或 https:// 开头" }),
};

export function countItemSchema(rules: CountItemRules) {
  const { window } = rules;
  return z
    .object({
      name: singleLine(200, "事项名称").trim().min(1, "请填写事项名称"),
      date: calendarDate()
        .refine((d) => isInPlanYear(d, rules.planYear), `日期必须在计划年度 ${rules.planYear} 年内`)
        .refine((d) => d <= rules.today, "日期不能晚于今天"),
      sectionId: z
        .string()
        .nullish()
        .transform((v) => v || null)
        .refine((v) => v === null || rules.sectionIds.includes(v), "责任科室须是该指标的责任科室之一"),
      ...countItemDetailFields,
      confirmOutsideWindow: z.boolean().nullish(),
    })
    .superRefine((input, ctx) => {
      const outside = window && !input.confirmOutsideWindow ? itemOutsideWindow(input.date, window) : null;
      if (!outside || !window) return;
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        message: `日期 ${input.date} 在指标时间窗口（${monthsText(window)}）${outside === "BEFORE" ? "开始之前" : "结束之后"}：该事项仍计入完成数，请确认日期无误后再登记`,
        params: { needsConfirmation: true },
      });
    });
}

export type CountItemInput = z.infer<ReturnType<typeof countItemSchema>>;

/** An item's fields as stored: the input less the confirmation. */
export type CountItemFields = Omit<CountItemInput, "confirmOutsideWindow">;
