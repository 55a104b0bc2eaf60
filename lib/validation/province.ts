import { msg } from "../i18n/message-text";
import { z } from "./zod";
import { roundScore } from "../domain";
import { multiLine, singleLine } from "./primitives";

/**
 * 省厅评分 of one target of a city's plan: 0 … the target's points (as displayed), or null to withdraw it;
 * a score that differs from the city's own final score needs the province's reason.
 */
export function provinceScoreSchema(points: number) {
  const max = Math.max(points, roundScore(points));
  return z.object({
    provinceScore: z
      .number({ error: msg("v.number", { what: msg("field.provinceScore") }) })
      .refine((v) => Number.isFinite(v) && v >= 0 && v <= max + 1e-9, msg("province.scoreRange", { points: roundScore(points) }))
      .nullable(),
    reason: multiLine(500, msg("field.provinceReason"))
      .trim()
      .nullish()
      .transform((v) => v || null),
  });
}

/** 市州人民政府绩效考核结果 as the province's 考核组 records it. */
export const externalAssessmentInput = {
  result: z.enum(["PASS", "FAIL"], { error: msg("province.resultInvalid") }),
  documentRef: singleLine(200, msg("field.documentRef")).trim().min(1, msg("province.documentRequired")),
};

/** A 等次 threshold as a share of the plan's maximum: 1%–100% (a smaller one would make every total reach it). */
export const gradeShare = z
  .number({ error: msg("v.number", { what: msg("field.gradeBand") }) })
  .refine((v) => Number.isFinite(v) && v >= 0.01 && v <= 1, msg("province.bandRange"));
