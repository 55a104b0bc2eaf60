import { z } from "./zod";
import { roundScore } from "../domain";
import { POINTS_RANGE } from "../domain/value-ranges";
import { multiLine } from "./primitives";
import { scoreFloor } from "./numbers";

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
    reason: multiLine(MAX_REASON_LENGTH, "调整原因")
      .trim()
      .nullish()
      .transform((v) => v || null),
  });
}

/** A floor is a share of the target (0.6 = 60%): 0%–100% (lib/domain/value-ranges.ts). */
export const scoreFloorSchema = scoreFloor;

/** A target's points: 0–1000 (lib/domain/value-ranges.ts). */
export const pointsOverrideSchema = z
  .number({ error: "分值必须是数字" })
  .refine(Number.isFinite, "分值必须是数字")
  .refine((v) => v >= 0, "分值不能为负数")
  .refine((v) => v <= POINTS_RANGE.max, `分值不能超过 ${POINTS_RANGE.max} 分`);

/** A section's self-assessment: a score with a short justification, or null to withdraw it. */
export function selfScoreSchema(points: number) {
  return z
    .object({
      selfScore: scoreField("自评分", points),
      justification: multiLine(MAX_REASON_LENGTH, "自评说明")
        .trim()
        .nullish()
        .transform((v) => v || null),
    })
    .refine((v) => v.selfScore === null || v.justification !== null, { path: ["justification"], message: "请简要说明自评理由" });
}
