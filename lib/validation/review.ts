import { z } from "./zod";
import { deadlineProblem, type IsoDate } from "../domain";
import { calendarDate, multiLine } from "./primitives";
import { msg } from "../i18n/message-text";

/** What the review forms and the API both check. Messages are for bureau staff. */
export const MAX_REVIEW_TEXT = 2000;

const text = (what: string) => multiLine(MAX_REVIEW_TEXT, what).trim().min(1, msg("v.required", { what }));

export const commentInputSchema = z.object({ body: text(msg("field.comment")) });

/**
 * 整改通知: what must be put right, and by when: not before the day it is issued, and at the latest a year after it
 * (or the end of the year after the plan's, when that is later; 9999-12-31 is no deadline). lib/domain/rectification.ts
 * has the rule; the form checks it with the browser's today, the server again with its own.
 */
export function rectificationInputSchema(rules: { issuedOn: IsoDate; planYear: number }) {
  return z.object({
    notice: text(msg("field.notice")),
    deadline: calendarDate(msg("field.deadline")).superRefine((d, ctx) => {
      const problem = deadlineProblem(d, rules.issuedOn, rules.planYear);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  });
}

/** 整改情况: the section's answer to a notice, with optional links to its evidence. */
export const MAX_ANSWER_LINKS = 5;
export const answerRectificationSchema = z.object({
  answer: text(msg("field.answer")),
  links: z
    .array(
      z.object({
        url: multiLine(2000, msg("field.link"))
          .trim()
          .min(1, msg("v.required", { what: msg("field.link") })),
        title: multiLine(200, msg("field.linkTitle")).trim().nullish(),
      }),
    )
    .max(MAX_ANSWER_LINKS, msg("review.tooManyLinks", { max: MAX_ANSWER_LINKS }))
    .nullish(),
});

/** 退回: the assessors say what is still missing. */
export const returnRectificationSchema = z.object({ reason: text(msg("field.returnReason")) });

export const closeRectificationSchema = z.object({ closingNote: text(msg("field.closingNote")) });

export const reopenReasonSchema = multiLine(500, msg("field.reason")).trim().nullish();
