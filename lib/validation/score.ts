import { z } from "zod";
import { roundScore } from "../domain";

/** What the score forms and the API both check before an assessor's entry is written. */

const fmt = (n: number) => String(roundScore(n));

/**
 * A score between 0 and the target's points; null clears it. The points as displayed count as the maximum
 * (16.67 for 100/6 points): what people type is what they see, and the final score is clamped to the exact
 * points anyway (lib/domain/scoring.ts).
 */
function scoreField(what: string, points: number) {
  const max = Math.max(points, roundScore(points));
  return z
    .number({ error: `${what}必须是数字` })
    .refine(Number.isFinite, `${what}必须是数字`)
    .refine((v) => v >= 0, `${what}不能为负数`)
    .refine((v) => v <= max + 1e-9, `${what}不能超过该指标的分值 ${fmt(points)} 分`)
    .nullable();
}

export function declaredScoreSchema(points: number) {
  return z.object({ declaredScore: scoreField("申报得分", points) });
}

export const MAX_REASON_LENGTH = 500;

export function adjustScoreSchema(points: number) {
  return z.object({
    adjustedScore: scoreField("调整后得分", points),
    reason: z
      .string()
      .trim()
      .max(MAX_REASON_LENGTH, `调整原因不能超过 ${MAX_REASON_LENGTH} 字`)
      .nullish()
      .transform((v) => v || null),
  });
}

/** A floor is a share of the target (0.6 = 60%). */
export const scoreFloorSchema = z
  .number({ error: "保底完成度必须是数字" })
  .refine(Number.isFinite, "保底完成度必须是数字")
  .refine((v) => v >= 0 && v <= 1, "保底完成度应在 0% 到 100% 之间");

export const pointsOverrideSchema = z
  .number({ error: "分值必须是数字" })
  .refine(Number.isFinite, "分值必须是数字")
  .refine((v) => v >= 0, "分值不能为负数")
  .refine((v) => v <= 10000, "分值过大");

/** A section's self-assessment: a score with a short justification, or null to withdraw it. */
export function selfScoreSchema(points: number) {
  return z
    .object({
      selfScore: scoreField("自评分", points),
      justification: z
        .string()
        .trim()
        .max(MAX_REASON_LENGTH, `自评说明不能超过 ${MAX_REASON_LENGTH} 字`)
        .nullish()
        .transform((v) => v || null),
    })
    .refine((v) => v.selfScore === null || v.justification !== null, { path: ["justification"], message: "请简要说明自评理由" });
}
