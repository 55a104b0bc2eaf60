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
      .number({ error: "省厅评分必须是数字" })
      .refine((v) => Number.isFinite(v) && v >= 0 && v <= max + 1e-9, `省厅评分须在 0 至该指标的分值 ${roundScore(points)} 分之间`)
      .nullable(),
    reason: multiLine(500, "评分说明")
      .trim()
      .nullish()
      .transform((v) => v || null),
  });
}

/** 市州人民政府绩效考核结果 as the province's 考核组 records it. */
export const externalAssessmentInput = {
  result: z.enum(["PASS", "FAIL"], { error: "考核结果须为合格或不合格" }),
  documentRef: singleLine(200, "文件依据").trim().min(1, "请填写考核结果的文件依据（文号或标题）"),
};

/** A 等次 threshold as a share of the plan's maximum: 1%–100% (a smaller one would make every total reach it). */
export const gradeShare = z
  .number({ error: "等次分数线必须是数字" })
  .refine((v) => Number.isFinite(v) && v >= 0.01 && v <= 1, "等次分数线须在 1% 至 100% 之间");
