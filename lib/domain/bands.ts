import { RATIO_EPSILON } from "./completion";
import type { Direction, TargetStatus } from "./types";
import { THRESHOLD_RANGE } from "./value-ranges";

/** The colour a target shows: 绿 on course, 黄 needs attention, 红 in trouble, none before it starts. */
export type Band = "GREEN" | "AMBER" | "RED" | "NONE";

export const BANDS: readonly Band[] = ["GREEN", "AMBER", "RED", "NONE"];

/**
 * A target's own colour bands (hillfog-style per-KPI thresholds). Both limits are shares (1 = 100%).
 * - HIGHER_IS_BETTER: limits on attainment against the pace, i.e. completion ÷ the share of the window
 *   elapsed (at the window's end simply completion): green at or above greenAt, amber at or above amberAt,
 *   red below. So greenAt ≥ amberAt, e.g. 0.9 / 0.7.
 * - LOWER_IS_BETTER (a cap): limits on figure ÷ cap: green at or below greenAt, amber at or below amberAt,
 *   red above. So greenAt ≤ amberAt, e.g. 1.0 / 1.1.
 */
export interface Thresholds {
  greenAt: number;
  amberAt: number;
  direction: Direction;
}

/** Thresholds only count when both limits are set; otherwise the plan's margin rule applies (status.ts). */
export function thresholdsOf(t: {
  greenAt: number | null | undefined;
  amberAt: number | null | undefined;
  direction?: Direction | string | null;
}): Thresholds | null {
  if (t.greenAt == null || t.amberAt == null) return null;
  return { greenAt: t.greenAt, amberAt: t.amberAt, direction: t.direction === "LOWER_IS_BETTER" ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER" };
}

/** Why a pair of limits is unusable, in the bureau's words; null when it is fine. */
export function thresholdProblem(t: { greenAt: number | null; amberAt: number | null; direction: Direction }): string | null {
  const { greenAt, amberAt, direction } = t;
  if ((greenAt == null) !== (amberAt == null)) return "绿色和黄色阈值需同时填写或同时留空";
  if (greenAt == null || amberAt == null) return null;
  if (![greenAt, amberAt].every((v) => Number.isFinite(v) && v >= THRESHOLD_RANGE.min && v <= THRESHOLD_RANGE.max))
    return `阈值应为 ${THRESHOLD_RANGE.min * 100} 到 ${THRESHOLD_RANGE.max * 100}% 之间的比例`;
  if (direction === "HIGHER_IS_BETTER" && amberAt > greenAt) return "越大越好：黄色阈值不能高于绿色阈值";
  if (direction === "LOWER_IS_BETTER" && amberAt < greenAt) return "越小越好：黄色阈值不能低于绿色阈值";
  return null;
}

/**
 * What the thresholds measure for a not-yet-done target: attainment against the pace (more is better), or
 * figure ÷ cap (a cap). null when it cannot be told (nothing reported on a cap, no elapsed window).
 */
export function bandMeasure(
  direction: Direction,
  input: { ratio: number | null; expectedRatio: number; value: number | null; targetValue: number | null },
): number | null {
  if (direction === "LOWER_IS_BETTER") {
    const { value, targetValue } = input;
    if (value === null || targetValue === null) return null;
    if (targetValue === 0) return value === 0 ? 0 : Number.POSITIVE_INFINITY;
    return value / targetValue;
  }
  if (input.expectedRatio <= 0) return null;
  return (input.ratio ?? 0) / input.expectedRatio;
}

/** The band a measure falls in under the thresholds (boundaries belong to the better band). */
export function bandOf(t: Thresholds, measure: number): Exclude<Band, "NONE"> {
  if (t.direction === "LOWER_IS_BETTER") {
    if (measure <= t.greenAt + RATIO_EPSILON) return "GREEN";
    return measure <= t.amberAt + RATIO_EPSILON ? "AMBER" : "RED";
  }
  if (measure >= t.greenAt - RATIO_EPSILON) return "GREEN";
  return measure >= t.amberAt - RATIO_EPSILON ? "AMBER" : "RED";
}

/**
 * The colour of a status when no thresholds refine it: done and on track are green, behind amber, overdue
 * red; not started and not scored (inactive) have none.
 */
export function defaultBand(status: TargetStatus): Band {
  switch (status) {
    case "DONE":
    case "ON_TRACK":
      return "GREEN";
    case "BEHIND":
      return "AMBER";
    case "OVERDUE":
      return "RED";
    case "NOT_STARTED":
    case "INACTIVE":
      return "NONE";
  }
}
