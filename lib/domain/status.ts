import { toDate } from "./dates";
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
}

export interface StatusDetail {
  status: TargetStatus;
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
  const { measure, window, points, asOf, behindMargin = DEFAULT_BEHIND_MARGIN } = input;
  const value = latestValue(points, asOf)?.value ?? null;
  const ratio = completionRatio(measure, value);
  const expectedRatio = elapsedFraction(window, asOf);
  const position = windowPosition(window, asOf);
  const status = classify(measure, window, asOf, position, ratio, expectedRatio, behindMargin);
  return { status, value, ratio, expectedRatio, position };
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
  // Linear pace with slack; "no value yet" is judged as 0. Exactly on the line is ON_TRACK (epsilon absorbs
  // float error such as 0.3 - 0.1 = 0.19999999999999998).
  return (ratio ?? 0) < expectedRatio - behindMargin - RATIO_EPSILON ? "BEHIND" : "ON_TRACK";
}
