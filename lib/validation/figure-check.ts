import { z } from "zod";
import { RETURN_REASON_MAX } from "../domain/figure-check";
import { id, multiLine } from "./primitives";
import { msg } from "../i18n/message-text";

/** 数据审核: which report or item a check decides on. */
export const figureRef = { kind: z.enum(["ENTRY", "ITEM"], { error: msg("figureCheck.kind") }), id };

/** 退回原因: what is wrong, so the section knows what to correct (the form and the API share it). */
export const returnReason = multiLine(RETURN_REASON_MAX, msg("field.returnReason"))
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, msg("v.required", { what: msg("field.returnReason") }));
