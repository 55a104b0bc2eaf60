import { toDate } from "./dates";
import { bandMeasure, bandOf, defaultBand, type Band, type Thresholds } from "./bands";
import { completionRatio, isComplete, latestValue, RATIO_EPSILON } from "./completion";
import { elapsedFraction, windowBounds, windowPosition, type WindowPosition } from "./month-window";
import type { IsoDate, MonthWindow, ProgressPoint, TargetMeasure, TargetStatus } from "./types";

export interface StatusInput {
  measure: TargetMeasure;
  window: MonthWindow;
  points: ProgressPoint[];
  asOf: IsoDate;
  /** how far (as a share of the target) progress may trail the linear pace before it is BEHIND */
  behindMargin?: number;
  /** the target's own colour bands; when set they replace behindMargin (lib/domain/bands.ts) */
  thresholds?: Thresholds | null;
  /** false for a target marked not applicable or suspended: INACTIVE whatever its figures */
  active?: boolean;
}

/**
 * Which rule decided a status, so every place that shows one can say why (#14): the words and the tolerance
 * behind each code are in lib/i18n (statusRules), the margin and bands come with the target.
 * - INACTIVE: not applicable or suspended, whatever the figures;
 * - MET: the target is reached (early, on time or late);
 * - BEFORE_WINDOW / AFTER_WINDOW: not reached, before the window opens / after it closed (逾期);
 * - WINDOW_END: not reached on the window's last day — nothing is left to catch up with, so it is 滞后
 *   however small the gap, whatever the margin or the bands would allow;
 * - ALL_OR_NOTHING: a milestone or declaration inside its window — 正常 until its last month, 滞后 in it;
 * - THRESHOLDS: the target's own colour bands decided (green is 正常, anything else 滞后);
 * - PACE: completion against the linear pace of the window, with the plan's margin;
 * - CAP: a cap (越小越好), on track while within it, done or overdue at the window's end.
 */
export type StatusRule =
  "INACTIVE" | "MET" | "BEFORE_WINDOW" | "AFTER_WINDOW" | "WINDOW_END" | "ALL_OR_NOTHING" | "THRESHOLDS" | "PACE" | "CAP";

export const STATUS_RULES: readonly StatusRule[] = [
  "INACTIVE",
  "MET",
  "BEFORE_WINDOW",
  "AFTER_WINDOW",
  "WINDOW_END",
  "ALL_OR_NOTHING",
  "THRESHOLDS",
  "PACE",
  "CAP",
];

export interface StatusDetail {
  status: TargetStatus;
  /** the rule that decided it */
  rule: StatusRule;
  /** the margin the pace rule allowed (the plan's behindMargin) */
  behindMargin: number;
  /** the colour the status shows, refined by the target's thresholds */
  band: Band;
  /** latest cumulative value reported for a day on or before asOf */
  value: number | null;
  /** completionRatio of that value (uncapped) */
  ratio: number | null;
  /** share of the window elapsed by asOf: what a linear pace expects */
  expectedRatio: number;
  position: WindowPosition;
}

export const DEFAULT_BEHIND_MARGIN = 0.1;

/** Everything a table row or review needs about one target on one day, computed once. */
export function statusDetail(input: StatusInput): StatusDetail {
  const { measure, window, points, asOf, behindMargin = DEFAULT_BEHIND_MARGIN, thresholds = null, active = true } = input;
  const value = latestValue(points, asOf)?.value ?? null;
  const ratio = completionRatio(measure, value);
  const expectedRatio = elapsedFraction(window, asOf);
  const position = windowPosition(window, asOf);
  if (!active) return { status: "INACTIVE", rule: "INACTIVE", behindMargin, band: "NONE", value, ratio, expectedRatio, position };
  const paced = measure.kind !== "MILESTONE" && measure.kind !== "DECLARATION";
  const bands = paced ? thresholds : null;
  const measured = bands ? bandMeasure(bands.direction, { ratio, expectedRatio, value, targetValue: measure.targetValue }) : null;
  const { status, rule } =
    measure.direction === "LOWER_IS_BETTER"
      ? { status: classifyCap(position, ratio), rule: "CAP" as const }
      : classify(
          measure,
          window,
          asOf,
          position,
          ratio,
          expectedRatio,
          behindMargin,
          bands && measured !== null ? bandOf(bands, measured) : null,
        );
  return { status, rule, behindMargin, band: bandFor(status, bands, measured), value, ratio, expectedRatio, position };
}

export function targetStatus(input: StatusInput): TargetStatus {
  return statusDetail(input).status;
}

function classify(
  measure: TargetMeasure,
  window: MonthWindow,
  asOf: IsoDate,
  position: WindowPosition,
  ratio: number | null,
  expectedRatio: number,
  behindMargin: number,
  thresholdBand: Band | null,
): { status: TargetStatus; rule: StatusRule } {
  // Reaching the target is what counts: early completion (even before the window opens) is DONE, and so is
  // completion reported after the deadline (the lateness shows in the history, not in the status).
  if (isComplete(ratio)) return { status: "DONE", rule: "MET" };
  if (position === "BEFORE") return { status: "NOT_STARTED", rule: "BEFORE_WINDOW" };
  if (position === "AFTER") return { status: "OVERDUE", rule: "AFTER_WINDOW" };
  // On the window's last day the pace expects 100%: a target short of it is behind, never 正常 — the margin
  // and the bands are slack while there is time left, and none is (18.9% growth against ≥20% on 31 December).
  if (asOf >= windowBounds(window).end) return { status: "BEHIND", rule: "WINDOW_END" };
  if (measure.kind === "MILESTONE" || measure.kind === "DECLARATION") {
    // All-or-nothing targets have no linear pace; they only fall behind once the deadline month has come.
    return { status: toDate(asOf).getMonth() + 1 === window.endMonth ? "BEHIND" : "ON_TRACK", rule: "ALL_OR_NOTHING" };
  }
  // The target's own bands decide when it has them: anything short of green is behind.
  if (thresholdBand !== null) return { status: thresholdBand === "GREEN" ? "ON_TRACK" : "BEHIND", rule: "THRESHOLDS" };
  // Linear pace with slack; "no value yet" is judged as 0. Exactly on the line is ON_TRACK (epsilon absorbs
  // float error such as 0.3 - 0.1 = 0.19999999999999998).
  return { status: (ratio ?? 0) < expectedRatio - behindMargin - RATIO_EPSILON ? "BEHIND" : "ON_TRACK", rule: "PACE" };
}

/**
 * A cap is judged at the window's end: inside the window it is on track while the figure stays within the
 * cap (nothing reported counts as within) and behind once above it; after the window it is done when within
 * the cap, overdue when above it or never reported.
 */
function classifyCap(position: WindowPosition, ratio: number | null): TargetStatus {
  if (position === "BEFORE") return "NOT_STARTED";
  const within = ratio === null ? position === "INSIDE" : isComplete(ratio);
  if (position === "INSIDE") return within ? "ON_TRACK" : "BEHIND";
  return within ? "DONE" : "OVERDUE";
}

/**
 * Thresholds colour a target still under way; a missed deadline is never green, a met target always is, and a
 * target behind (short of its value on the window's last day) is not green either.
 */
function bandFor(status: TargetStatus, thresholds: Thresholds | null, measured: number | null): Band {
  if (!thresholds || measured === null || status === "DONE" || status === "NOT_STARTED" || status === "INACTIVE") {
    return defaultBand(status);
  }
  const band = bandOf(thresholds, measured);
  if (status === "OVERDUE") return band === "RED" ? "RED" : "AMBER";
  if (status === "BEHIND" && band === "GREEN") return "AMBER";
  return band;
}

/** Nothing more is owed on a target that is done or no longer scored: dispatch lists and due lists skip it. */
export function isSettled(status: TargetStatus): boolean {
  return status === "DONE" || status === "INACTIVE";
}
