import { toDate } from "./dates";
import type { IsoDate, ProgressPoint, TargetMeasure } from "./types";
import { finiteOrNull } from "./value-ranges";

/**
 * Float slack for "reached" comparisons: 10% growth on 62 firms is 68.2, but (68.2-62)/62*100 is not exactly
 * 10 in binary floating point. A target met on paper must not show as 99.9999999% done.
 */
export const RATIO_EPSILON = 1e-9;

/** recordedAt is an ISO instant; compare as instants (offsets may differ), falling back to text order. */
function compareRecordedAt(a: string, b: string): number {
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  if (Number.isNaN(ta) || Number.isNaN(tb)) return a < b ? -1 : a > b ? 1 : 0;
  return ta - tb;
}

/**
 * Values are cumulative, so the figure "as of" a day is the newest report for a day on or before it;
 * reports for later days are ignored (a status as of June must not see July's figure). Two reports for the
 * same day: the later recordedAt is the correction and wins; a full tie keeps the later entry in the list.
 */
export function latestValue(points: ProgressPoint[], asOf: IsoDate): ProgressPoint | null {
  toDate(asOf); // validates; valid "YYYY-MM-DD" strings then order like the days they name
  let best: ProgressPoint | null = null;
  for (const p of points) {
    if (p.reportedFor > asOf) continue;
    if (best === null || p.reportedFor > best.reportedFor) {
      best = p;
      continue;
    }
    if (p.reportedFor === best.reportedFor && compareRecordedAt(p.recordedAt, best.recordedAt) >= 0) best = p;
  }
  return best;
}

/**
 * Growth in % over the prior-year figure; undefined (null) without a usable baseline, and null too when the
 * division does not give a finite number (a legacy baseline of 5e-324).
 */
export function growthPercent(baseline: number | null, value: number | null): number | null {
  if (baseline === null || baseline === 0 || value === null) return null;
  return finiteOrNull(((value - baseline) / baseline) * 100);
}

/**
 * Share of the target reached, not capped (over-fulfilment is reported as such). null means "cannot tell":
 * no value yet, or a target/baseline that makes the ratio meaningless (missing, zero or negative target), or
 * one whose ratio is not a finite number (a legacy target value of 5e-324): never Infinity or NaN.
 */
export function completionRatio(measure: TargetMeasure, value: number | null): number | null {
  return finiteOrNull(rawCompletionRatio(measure, value));
}

function rawCompletionRatio(measure: TargetMeasure, value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const target = measure.targetValue;
  if (measure.direction === "LOWER_IS_BETTER" && (measure.kind === "COUNT" || measure.kind === "AMOUNT")) {
    return capRatio(target, value);
  }
  switch (measure.kind) {
    case "COUNT":
    case "AMOUNT":
      return target === null || target <= 0 ? null : value / target;
    case "GROWTH_PCT": {
      const growth = growthPercent(measure.baselineValue, value);
      return growth === null || target === null || target <= 0 ? null : growth / target;
    }
    case "MILESTONE":
    case "DECLARATION":
      // all-or-nothing: reported as 1 (done) or 0 (not done)
      return value >= 1 ? 1 : 0;
  }
}

/**
 * A cap (LOWER_IS_BETTER) is met (1) while the figure stays at or below it; above it, completion is
 * cap ÷ figure (25% over a 100 万元 cap is 0.8). A zero cap ("零事故") is met only at zero. Staying far
 * under a cap is not over-fulfilment, so the ratio never exceeds 1.
 */
function capRatio(target: number | null, value: number): number | null {
  if (target === null || target < 0) return null;
  if (value <= target) return 1;
  return target === 0 ? 0 : target / value;
}

/** For weighting and progress bars: unknown (or not a number) counts as 0, over-fulfilment as 100%, negatives as 0. */
export function cappedRatio(r: number | null): number {
  if (r === null || Number.isNaN(r)) return 0;
  return Math.min(Math.max(r, 0), 1);
}

/** A ratio counts as reached within RATIO_EPSILON of 1. */
export function isComplete(r: number | null): boolean {
  return r !== null && r >= 1 - RATIO_EPSILON;
}
