import { z } from "./zod";
import { calendarDate, multiLine } from "./primitives";
import { isInPlanYear, type TargetKind } from "../domain";
import { describeRange, figureRange, isTinyNonZero, tinyNumberProblem } from "../domain/value-ranges";

/** What the form and the API both check before a report is written. Messages are for bureau staff. */
export interface ProgressRules {
  kind: TargetKind;
  planYear: number;
  targetValue: number | null;
  /** the target's unit: an amount's range depends on it (lib/domain/value-ranges.ts) */
  measureUnit?: string | null;
  /** reports cannot be for a future day */
  today: string;
}

/** A value above this multiple of the target is probably a typo (e.g. 万元 typed as 元). */
export const SANE_MULTIPLE = 10;

const isoDate = calendarDate("报送日期");

export function progressInputSchema(rules: ProgressRules) {
  const allOrNothing = rules.kind === "MILESTONE" || rules.kind === "DECLARATION";
  const range = figureRange(rules.kind, rules.measureUnit);
  return z
    .object({
      value: z
        .number({ error: "完成值必须是数字" })
        .refine(Number.isFinite, "完成值必须是数字")
        .refine((v) => v >= 0, "完成值不能为负数")
        .refine((v) => rules.kind !== "COUNT" || Number.isInteger(v), "数量类指标的完成值应为整数")
        .refine((v) => !allOrNothing || v === 0 || v === 1, "里程碑类指标只能填写 已完成(1) 或 未完成(0)")
        // 1e20 亿元 is no province's figure: each kind and unit has its range (milestones: the rule above)
        .refine((v) => allOrNothing || v < 0 || v <= range.max, `完成值应在 ${describeRange(range)} 之间`)
        // 5e-324 is inside 0 – max, and no figure (lib/domain/value-ranges.ts MIN_MAGNITUDE)
        .refine((v) => !isTinyNonZero(v), tinyNumberProblem("完成值")),
      reportedFor: isoDate
        .refine((d) => isInPlanYear(d, rules.planYear), `报送日期必须在计划年度 ${rules.planYear} 年内`)
        .refine((d) => d <= rules.today, "报送日期不能晚于今天"),
      note: multiLine(2000, "情况说明").trim().optional().nullable(),
      confirmLarge: z.boolean().optional(),
    })
    .superRefine((input, ctx) => {
      if (rules.targetValue && rules.targetValue > 0 && !input.confirmLarge && !allOrNothing) {
        const limit = rules.kind === "GROWTH_PCT" ? null : rules.targetValue * SANE_MULTIPLE;
        if (limit !== null && input.value > limit) {
          ctx.addIssue({
            code: "custom",
            path: ["value"],
            message: `完成值 ${input.value} 超过目标值的 ${SANE_MULTIPLE} 倍，请确认单位后再提交`,
            params: { needsConfirmation: true },
          });
        }
      }
    });
}

export type ProgressInput = z.infer<ReturnType<typeof progressInputSchema>>;

/** zod issues → field → first message, for forms and for the API's error details. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

export function needsConfirmation(error: z.ZodError): boolean {
  return error.issues.some((i) => i.code === "custom" && (i as { params?: { needsConfirmation?: boolean } }).params?.needsConfirmation);
}
