import { completionRatio, latestValue } from "./completion";
import { lastDayOfMonthIso } from "./dates";
import { elapsedFraction, windowBounds, windowPosition } from "./month-window";
import type { IsoDate, MonthWindow, ProgressPoint, TargetMeasure } from "./types";
import { finiteOrNull } from "./value-ranges";

export interface ForecastInput {
  measure: TargetMeasure;
  window: MonthWindow;
  points: ProgressPoint[];
  asOf: IsoDate;
}

export interface PacePoint {
  date: IsoDate;
  /** null when it is not a finite number (a legacy target or baseline outside the input ranges) */
  expected: number | null;
}

/**
 * The linear pace as a function of the share of the window elapsed: counts/amounts grow from 0 to the
 * target, growth targets from the baseline to baseline × (1 + target%). All-or-nothing kinds, and a missing
 * target or baseline, have no pace (null).
 */
function paceOf(measure: TargetMeasure): ((fraction: number) => number) | null {
  const { targetValue: target, baselineValue: baseline } = measure;
  if (target === null) return null;
  switch (measure.kind) {
    case "COUNT":
    case "AMOUNT":
      return (f) => target * f;
    case "GROWTH_PCT":
      return baseline === null ? null : (f) => baseline * (1 + (target / 100) * f);
    case "MILESTONE":
    case "DECLARATION":
      return null;
  }
}

/**
 * Where the current pace lands on the window's last day: linear extrapolation of progress so far, using the
 * share of the window elapsed by asOf (not by the report date, so a month without reports lowers the
 * forecast). Once the window is over the latest figure is final. No forecast before the window, without a
 * value, for all-or-nothing targets, or when the extrapolation is not a finite number (a legacy figure near
 * the largest double).
 */
export function forecastAtWindowEnd(input: ForecastInput): { value: number; ratio: number | null } | null {
  const { measure, window, points, asOf } = input;
  if (measure.kind === "MILESTONE" || measure.kind === "DECLARATION") return null;
  const position = windowPosition(window, asOf);
  const latest = latestValue(points, asOf);
  if (position === "BEFORE" || latest === null) return null;
  const value = finiteOrNull(position === "AFTER" ? latest.value : extrapolate(measure, latest.value, elapsedFraction(window, asOf)));
  return value === null ? null : { value, ratio: completionRatio(measure, value) };
}

/** Progress made in `fraction` of the window, scaled to the whole window (fraction > 0 inside it). */
function extrapolate(measure: TargetMeasure, value: number, fraction: number): number | null {
  if (measure.kind !== "GROWTH_PCT") return value / fraction;
  const baseline = measure.baselineValue;
  return baseline === null ? null : baseline + (value - baseline) / fraction;
}

/** Linear-pace value at the end of `date`: the start level before the window, the full target after it. */
export function expectedValueAt(measure: TargetMeasure, window: MonthWindow, date: IsoDate): number | null {
  const pace = paceOf(measure);
  return pace === null ? null : finiteOrNull(pace(elapsedFraction(window, date)));
}

/**
 * Pace line for charts: the window's first day at the start level (nothing is expected before work begins,
 * although expectedValueAt on that day already counts the day itself), then every month end of the window.
 * Empty when the target has no pace.
 */
export function paceLine(measure: TargetMeasure, window: MonthWindow): PacePoint[] {
  const pace = paceOf(measure);
  if (pace === null) return [];
  const line: PacePoint[] = [{ date: windowBounds(window).start, expected: finiteOrNull(pace(0)) }];
  for (let month = window.startMonth; month <= window.endMonth; month++) {
    const date = lastDayOfMonthIso(window.year, month);
    line.push({ date, expected: finiteOrNull(pace(elapsedFraction(window, date))) });
  }
  return line;
}
