import { z } from "./zod";
import {
  COUNT_MAX,
  formatRangeNumber,
  isTinyNonZero,
  LOCK_AFTER_DAYS_RANGE,
  MONEY_MAX,
  POINTS_RANGE,
  QUANTITY_MAX,
  rangeProblem,
  REPORT_DUE_DAYS_RANGE,
  SCORE_FLOOR_RANGE,
  THRESHOLD_RANGE,
  tinyNumberProblem,
  type ValueRange,
} from "../domain/value-ranges";
import { msg } from "../i18n/message-text";

/**
 * Numbers as the operations take them. The ranges themselves, with their table, are lib/domain/value-ranges.ts;
 * where a range depends on the target (its kind and unit) the operation checks only what holds for every
 * target (finite, at most ANY_FIGURE_MAX) and the service checks the target's own range (lib/validation/progress.ts,
 * lib/domain/plan-validation.ts measureProblems). zod 4's z.number() already refuses NaN and ±Infinity, which
 * JSON variables could not carry anyway; the refinements say so (catalogue messages) for any path that builds numbers
 * itself (a form, a spreadsheet cell).
 */

/** "12", "-3.5", ".5", "1e6": a number as a form field or a spreadsheet cell writes it (lib/domain/sheet-cells.ts). */
export { DECIMAL_NUMBER } from "../domain/sheet-cells";

/** The largest figure, target value or baseline of any kind in any unit: 1 万亿元 in 元. */
export const ANY_FIGURE_MAX = Math.max(COUNT_MAX, QUANTITY_MAX, ...Object.values(MONEY_MAX));

/** A finite number; `what` names it in the message. */
export const finiteNumber = (what: string) =>
  z.number({ error: msg("v.number", { what }) }).refine(Number.isFinite, msg("v.finite", { what }));

/** A finite number inside `range` (bounds, whole numbers), with a message naming `what` and the range. */
export function inRange(what: string, range: ValueRange) {
  return finiteNumber(what).superRefine((n, ctx) => {
    const problem = rangeProblem(what, n, range);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

/**
 * A figure, target value or baseline as an operation takes it before it knows the target: finite and no
 * larger than ANY_FIGURE_MAX in size. Sign, whole numbers and the target's own range are the service's.
 */
export const anyFigure = (what: string) =>
  finiteNumber(what).refine((n) => Math.abs(n) <= ANY_FIGURE_MAX, msg("v.atMost", { what, max: formatRangeNumber(ANY_FIGURE_MAX) }));

/** A target's points (分值), 0–1000. */
export const points = (what = msg("field.points")) => inRange(what, POINTS_RANGE);

/**
 * A score (申报得分, 调整后得分, 自评分) before the target is known: finite, at most the largest points a target
 * may carry; the service holds it to 0 … the target's points (lib/validation/score.ts), with its own message
 * for a negative one.
 */
export const anyScore = (what = msg("field.score")) =>
  finiteNumber(what)
    .refine((n) => n <= POINTS_RANGE.max, msg("v.atMostPoints", { what, max: formatRangeNumber(POINTS_RANGE.max) }))
    .refine((n) => !isTinyNonZero(n), tinyNumberProblem(what));

/** 10 → "1000" (as the threshold messages have always said it) */
const percent = (share: number) => String(Math.round(share * 100 * 1e6) / 1e6);

/** 保底完成度, a share 0–1 (0%–100%). */
export const scoreFloor = finiteNumber(msg("field.scoreFloor"))
  .refine(
    (n) => n >= SCORE_FLOOR_RANGE.min && n <= SCORE_FLOOR_RANGE.max,
    msg("v.percentBetween", { what: msg("field.scoreFloor"), min: percent(SCORE_FLOOR_RANGE.min), max: percent(SCORE_FLOOR_RANGE.max) }),
  )
  .refine((n) => !isTinyNonZero(n), tinyNumberProblem(msg("field.scoreFloor")));

/** A colour threshold, a share 0–10 (0%–1000%), worded as thresholdProblem words it; the pair's order is its too. */
export const threshold = (what: string) =>
  finiteNumber(what)
    .refine(
      (n) => n >= THRESHOLD_RANGE.min && n <= THRESHOLD_RANGE.max,
      msg("v.shareBetween", { what, min: percent(THRESHOLD_RANGE.min), max: percent(THRESHOLD_RANGE.max) }),
    )
    .refine((n) => !isTinyNonZero(n), tinyNumberProblem(what));

export const reportDueDays = inRange(msg("field.reportDueDays"), REPORT_DUE_DAYS_RANGE);
export const lockAfterDays = inRange(msg("field.lockAfterDays"), LOCK_AFTER_DAYS_RANGE);
