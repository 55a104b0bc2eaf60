import { toDate } from "./dates";
import { bandMeasure, bandOf, defaultBand, type Band, type Thresholds } from "./bands";
import { completionRatio, isComplete, latestValue, RATIO_EPSILON } from "./completion";
import { elapsedFraction, windowPosition, type WindowPosition } from "./month-window";
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

export interface StatusDetail {
  status: TargetStatus;
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
  if (!active) return { status: "INACTIVE", band: "NONE", value, ratio, expectedRatio, position };
  const paced = measure.kind !== "MILESTONE" && measure.kind !== "DECLARATION";
  const bands = paced ? thresholds : null;
  const measured = bands ? bandMeasure(bands.direction, { ratio, expectedRatio, value, targetValue: measure.targetValue }) : null;
  const status =
    measure.direction === "LOWER_IS_BETTER"
      ? classifyCap(position, ratio)
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
  return { status, band: bandFor(status, bands, measured), value, ratio, expectedRatio, position };
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
): TargetStatus {
  // Reaching the target is what counts: early completion (even before the window opens) is DONE, and so is
  // completion reported after the deadline (the lateness shows in the history, not in the status).
  if (isComplete(ratio)) return "DONE";
  if (position === "BEFORE") return "NOT_STARTED";
  if (position === "AFTER") return "OVERDUE";
  if (measure.kind === "MILESTONE" || measure.kind === "DECLARATION") {
    // All-or-nothing targets have no linear pace; they only fall behind once the deadline month has come.
    return toDate(asOf).getMonth() + 1 === window.endMonth ? "BEHIND" : "ON_TRACK";
  }
  // The target's own bands decide when it has them: anything short of green is behind.
  if (thresholdBand !== null) return thresholdBand === "GREEN" ? "ON_TRACK" : "BEHIND";
  // Linear pace with slack; "no value yet" is judged as 0. Exactly on the line is ON_TRACK (epsilon absorbs
  // float error such as 0.3 - 0.1 = 0.19999999999999998).
  return (ratio ?? 0) < expectedRatio - behindMargin - RATIO_EPSILON ? "BEHIND" : "ON_TRACK";
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

/** Thresholds colour a target still under way; a missed deadline is never green, a met target always is. */
function bandFor(status: TargetStatus, thresholds: Thresholds | null, measured: number | null): Band {
  if (!thresholds || measured === null || status === "DONE" || status === "NOT_STARTED" || status === "INACTIVE") {
    return defaultBand(status);
  }
  const band = bandOf(thresholds, measured);
  if (status === "OVERDUE") return band === "RED" ? "RED" : "AMBER";
  return band;
}

/** Nothing more is owed on a target that is done or no longer scored: dispatch lists and due lists skip it. */
export function isSettled(status: TargetStatus): boolean {
  return status === "DONE" || status === "INACTIVE";
}
