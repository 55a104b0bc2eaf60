import { z } from "./zod";
import { deadlineProblem, type IsoDate } from "../domain";
import { calendarDate, multiLine } from "./primitives";

/** What the review forms and the API both check. Messages are for bureau staff. */
export const MAX_REVIEW_TEXT = 2000;

const text = (what: string) => multiLine(MAX_REVIEW_TEXT, what).trim().min(1, `请填写${what}`);

export const commentInputSchema = z.object({ body: text("点评内容") });

/**
 * 整改通知: what must be put right, and by when: not before the day it is issued, and at the latest a year after it
 * (or the end of the year after the plan's, when that is later; 9999-12-31 is no deadline). lib/domain/rectification.ts
 * has the rule; the form checks it with the browser's today, the server again with its own.
 */
export function rectificationInputSchema(rules: { issuedOn: IsoDate; planYear: number }) {
  return z.object({
    notice: text("整改要求"),
    deadline: calendarDate("整改期限").superRefine((d, ctx) => {
      const problem = deadlineProblem(d, rules.issuedOn, rules.planYear);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  });
}

/** 整改情况: the section's answer to a notice, with optional links to its evidence. */
export const MAX_ANSWER_LINKS = 5;
export const answerRectificationSchema = z.object({
  answer: text("整改情况"),
  links: z
    .array(z.object({ url: multiLine(2000, "链接").trim().min(1, "请填写链接"), title: multiLine(200, "链接标题").trim().nullish() }))
    .max(MAX_ANSWER_LINKS, `佐证链接最多 ${MAX_ANSWER_LINKS} 个`)
    .nullish(),
});

/** 退回: the assessors say what is still missing. */
export const returnRectificationSchema = z.object({ reason: text("退回原因") });

export const closeRectificationSchema = z.object({ closingNote: text("整改情况说明") });

export const reopenReasonSchema = multiLine(500, "原因").trim().nullish();
