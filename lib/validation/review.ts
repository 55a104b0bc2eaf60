import { z } from "./zod";
import { calendarDate, multiLine } from "./primitives";

/** What the review forms and the API both check. Messages are for bureau staff. */
export const MAX_REVIEW_TEXT = 2000;

const text = (what: string) => multiLine(MAX_REVIEW_TEXT, what).trim().min(1, `请填写${what}`);

export const commentInputSchema = z.object({ body: text("点评内容") });

/** How far past the plan year a rectification deadline may lie: to the end of the next year. */
export const DEADLINE_YEARS_AFTER_PLAN = 1;

/** The last day a notice on a plan of `planYear` may be due: 31 December of the year after it. */
export const latestDeadline = (planYear: number) => `${planYear + DEADLINE_YEARS_AFTER_PLAN}-12-31`;

/**
 * 整改通知: what must be put right, and by when: not before the reviewed period begins, and at the latest on
 * 31 December of the year after the plan's (a 2013 plan's notices are due by 2014-12-31; 9999-12-31 is no deadline).
 */
export function rectificationInputSchema(rules: { periodStart: string; planYear?: number }) {
  const latest = rules.planYear === undefined ? null : latestDeadline(rules.planYear);
  return z.object({
    notice: text("整改要求"),
    deadline: calendarDate("整改期限")
      .refine((d) => d >= rules.periodStart, `整改期限不能早于考核期间开始（${rules.periodStart}）`)
      // the form may leave the plan year out (the server always checks it)
      .refine((d) => latest === null || d <= latest, `整改期限不能晚于 ${latest}（计划年度次年年底）`),
  });
}

export const closeRectificationSchema = z.object({ closingNote: text("整改情况说明") });

export const reopenReasonSchema = multiLine(500, "原因").trim().nullish();
