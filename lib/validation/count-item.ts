import { z } from "./zod";
import { calendarDate, multiLine, singleLine } from "./primitives";
import { isInPlanYear, itemOutsideWindow, type MonthWindow } from "../domain";
import { refuseLink } from "./evidence";
import { monthSpanMsg, msg } from "../i18n/message-text";

/** What the item form and the API both check. Messages are catalogue messages (lib/i18n/errors.ts). */
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

/** empty text is no text (null); measured before it is trimmed; no control characters (a description may run over lines) */
const optionalText = (max: number, label: string, lines: "single" | "multi" = "single") =>
  (lines === "multi" ? multiLine : singleLine)(max, label)
    .trim()
    .nullish()
    .transform((v) => (v ? v : null));

/** An item's details that do not depend on its target: the item operations take them as they are. */
export const countItemDetailFields = {
  description: optionalText(1000, msg("field.description"), "multi"),
  docNumber: optionalText(100, msg("field.docNumber")),
  link: optionalText(2000, msg("field.link")).refine((v) => v === null || refuseLink(v) === null, { message: msg("link.scheme") }),
};

export function countItemSchema(rules: CountItemRules) {
  const { window } = rules;
  return z
    .object({
      name: singleLine(200, msg("field.itemName"))
        .trim()
        .min(1, msg("v.required", { what: msg("field.itemName") })),
      date: calendarDate()
        .refine((d) => isInPlanYear(d, rules.planYear), msg("item.inPlanYear", { year: rules.planYear }))
        .refine((d) => d <= rules.today, msg("item.notFuture")),
      sectionId: z
        .string()
        .nullish()
        .transform((v) => v || null)
        .refine((v) => v === null || rules.sectionIds.includes(v), msg("item.sectionOwner")),
      ...countItemDetailFields,
      confirmOutsideWindow: z.boolean().nullish(),
    })
    .superRefine((input, ctx) => {
      const outside = window && !input.confirmOutsideWindow ? itemOutsideWindow(input.date, window) : null;
      if (!outside || !window) return;
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        message: msg(outside === "BEFORE" ? "item.beforeWindow" : "item.afterWindow", {
          date: input.date,
          window: monthSpanMsg(window.startMonth, window.endMonth),
        }),
        params: { needsConfirmation: true },
      });
    });
}

export type CountItemInput = z.infer<ReturnType<typeof countItemSchema>>;

/** An item's fields as stored: the input less the confirmation. */
export type CountItemFields = Omit<CountItemInput, "confirmOutsideWindow">;
