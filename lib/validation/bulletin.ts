import { multiLine, singleLine } from "./primitives";
import { z } from "./zod";
import { msg } from "../i18n/message-text";

/** 通报's 主送: one line of at most 100 characters; empty means the default (局机关各科室). */
export const BULLETIN_ADDRESSEE_MAX = 100;
/** 考核组意见: at most 2000 characters over lines (each line a paragraph of the notice). */
export const BULLETIN_REMARKS_MAX = 2000;

/** 撤回印发: why the issued notice is withdrawn (kept in the audit log), 1–500 characters. */
export const BULLETIN_WITHDRAW_REASON_MAX = 500;
export const bulletinWithdrawReason = multiLine(BULLETIN_WITHDRAW_REASON_MAX, msg("field.withdrawReason"))
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, msg("v.required", { what: msg("field.withdrawReason") }));

/** What the 通报 form edits, checked the same in the browser and by Mutation.updateBulletin. */
export const bulletinTextSchema = z.object({
  addressee: singleLine(BULLETIN_ADDRESSEE_MAX, msg("field.addressee")).nullish(),
  remarks: multiLine(BULLETIN_REMARKS_MAX, msg("field.assessorRemarks")).nullish(),
});
