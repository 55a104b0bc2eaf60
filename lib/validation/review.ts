import { z } from "zod";
import { calendarDate } from "./primitives";

/** What the review forms and the API both check. Messages are for bureau staff. */
export const MAX_REVIEW_TEXT = 2000;

const text = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, `请填写${what}`)
    .max(MAX_REVIEW_TEXT, `${what}不能超过 ${MAX_REVIEW_TEXT} 字`);

export const commentInputSchema = z.object({ body: text("点评内容") });

/** 整改通知: what must be put right, and by when (not before the reviewed period begins). */
export function rectificationInputSchema(rules: { periodStart: string }) {
  return z.object({
    notice: text("整改要求"),
    deadline: calendarDate("整改期限").refine((d) => d >= rules.periodStart, `整改期限不能早于考核期间开始（${rules.periodStart}）`),
  });
}

export const closeRectificationSchema = z.object({ closingNote: text("整改情况说明") });

export const reopenReasonSchema = z.string().trim().max(500, "原因不能超过 500 字").nullish();
