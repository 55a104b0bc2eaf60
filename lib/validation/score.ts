import { z } from "./zod";
import { roundScore } from "../domain";
import { POINTS_RANGE } from "../domain/value-ranges";
import { multiLine } from "./primitives";
import { scoreFloor } from "./numbers";
import { msg } from "../i18n/message-text";

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
    .number({ error: msg("v.numberMust", { what }) })
    .refine(Number.isFinite, msg("v.numberMust", { what }))
    .refine((v) => v >= 0, msg("v.negative", { what }))
    .refine((v) => v <= max + 1e-9, msg("v.scoreAbovePoints", { what, points: fmt(points) }))
    .nullable();
}

export function declaredScoreSchema(points: number) {
  return z.object({ declaredScore: scoreField(msg("field.declaredScore"), points) });
}

export const MAX_REASON_LENGTH = 500;

export function adjustScoreSchema(points: number) {
  return z.object({
    adjustedScore: scoreField(msg("field.adjustedScore"), points),
    reason: multiLine(MAX_REASON_LENGTH, msg("field.adjustReason"))
      .trim()
      .nullish()
      .transform((v) => v || null),
  });
}

/** A floor is a share of the target (0.6 = 60%): 0%–100% (lib/domain/value-ranges.ts). */
export const scoreFloorSchema = scoreFloor;

/** A target's points: 0–1000 (lib/domain/value-ranges.ts). */
export const pointsOverrideSchema = z
  .number({ error: msg("v.numberMust", { what: msg("field.points") }) })
  .refine(Number.isFinite, msg("v.numberMust", { what: msg("field.points") }))
  .refine((v) => v >= 0, msg("points.negative"))
  .refine((v) => v <= POINTS_RANGE.max, msg("v.atMostPoints", { what: msg("field.points"), max: POINTS_RANGE.max }));

/** A section's self-assessment: a score with a short justification, or null to withdraw it. */
export function selfScoreSchema(points: number) {
  return z
    .object({
      selfScore: scoreField(msg("field.selfScore"), points),
      justification: multiLine(MAX_REASON_LENGTH, msg("field.selfJustification"))
        .trim()
        .nullish()
        .transform((v) => v || null),
    })
    .refine((v) => v.selfScore === null || v.justification !== null, { path: ["justification"], message: msg("score.justify") });
}
