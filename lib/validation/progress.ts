import { z } from "./zod";
import { calendarDate, multiLine } from "./primitives";
import { isInPlanYear, type TargetKind } from "../domain";
import { describeRange, figureRange, isTinyNonZero, tinyNumberProblem } from "../domain/value-ranges";
import { renderMessage, type Language } from "../i18n/render-message";
import { msg } from "../i18n/message-text";

/** What the form and the API both check before a report is written. Messages are catalogue messages (lib/i18n/errors.ts). */
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

const isoDate = calendarDate(msg("field.reportedFor"));

export function progressInputSchema(rules: ProgressRules) {
  const allOrNothing = rules.kind === "MILESTONE" || rules.kind === "DECLARATION";
  const range = figureRange(rules.kind, rules.measureUnit);
  return z
    .object({
      value: z
        .number({ error: msg("v.numberMust", { what: msg("field.value") }) })
        .refine(Number.isFinite, msg("v.numberMust", { what: msg("field.value") }))
        .refine((v) => v >= 0, msg("v.negative", { what: msg("field.value") }))
        .refine((v) => rules.kind !== "COUNT" || Number.isInteger(v), msg("progress.countInteger"))
        .refine((v) => !allOrNothing || v === 0 || v === 1, msg("progress.milestoneValue"))
        // 1e20 亿元 is no province's figure: each kind and unit has its range (milestones: the rule above)
        .refine((v) => allOrNothing || v < 0 || v <= range.max, msg("v.between", { what: msg("field.value"), range: describeRange(range) }))
        // 5e-324 is inside 0 – max, and no figure (lib/domain/value-ranges.ts MIN_MAGNITUDE)
        .refine((v) => !isTinyNonZero(v), tinyNumberProblem(msg("field.value"))),
      reportedFor: isoDate
        .refine((d) => isInPlanYear(d, rules.planYear), msg("progress.inPlanYear", { year: rules.planYear }))
        .refine((d) => d <= rules.today, msg("progress.notFuture")),
      note: multiLine(2000, msg("field.note")).trim().optional().nullable(),
      confirmLarge: z.boolean().optional(),
    })
    .superRefine((input, ctx) => {
      if (rules.targetValue && rules.targetValue > 0 && !input.confirmLarge && !allOrNothing) {
        const limit = rules.kind === "GROWTH_PCT" ? null : rules.targetValue * SANE_MULTIPLE;
        if (limit !== null && input.value > limit) {
          ctx.addIssue({
            code: "custom",
            path: ["value"],
            message: msg("progress.confirmLarge", { value: input.value, multiple: SANE_MULTIPLE }),
            params: { needsConfirmation: true },
          });
        }
      }
    });
}

export type ProgressInput = z.infer<ReturnType<typeof progressInputSchema>>;

/**
 * zod issues → field → first message, as the schemas word them: catalogue messages not yet in words
 * (lib/i18n/message-text.ts), for the API's error details, which answer them in the request's language.
 */
export function issueFields(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

/** zod issues → field → first message in `language` (a locale, or the page's messages), for a form. */
export function fieldErrors(error: z.ZodError, language: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(issueFields(error)).map(([k, m]) => [k, renderMessage(m, language)]));
}

/** The first issue's message in `language`. */
export const firstIssue = (error: z.ZodError, language: Language) => renderMessage(error.issues[0]?.message ?? "", language);

export function needsConfirmation(error: z.ZodError): boolean {
  return error.issues.some((i) => i.code === "custom" && (i as { params?: { needsConfirmation?: boolean } }).params?.needsConfirmation);
}
