import { z } from "zod";
import { RETURN_REASON_MAX } from "../domain/figure-check";
import { id, multiLine } from "./primitives";

/** 数据审核: which report or item a check decides on. */
export const figureRef = { kind: z.enum(["ENTRY", "ITEM"], { error: "类型应为 ENTRY 或 ITEM" }), id };

/** 退回原因: what is wrong, so the section knows what to correct (the form and the API share it). */
export const returnReason = multiLine(RETURN_REASON_MAX, "退回原因")
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, "请填写退回原因");
