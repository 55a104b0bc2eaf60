import { dayNumber, isoOf, lastDayOfMonthIso } from "./dates";
import type { IsoDate, MonthWindow } from "./types";

export type WindowPosition = "BEFORE" | "INSIDE" | "AFTER";

/** Integers with 1 <= start <= end <= 12: a plan window never wraps into the next year. */
export function isValidWindow(w: MonthWindow): boolean {
  return (
    Number.isInteger(w.year) &&
    Number.isInteger(w.startMonth) &&
    Number.isInteger(w.endMonth) &&
    w.startMonth >= 1 &&
    w.startMonth <= w.endMonth &&
    w.endMonth <= 12
  );
}

/**
 * First day of startMonth to last day of endMonth, both inclusive. An invalid window throws: silently
 * computing a negative-length window would produce plausible-looking but wrong statuses.
 */
export function windowBounds(w: MonthWindow): { start: IsoDate; end: IsoDate } {
  if (!isValidWindow(w)) throw new RangeError(`Invalid month window: ${JSON.stringify(w)}`);
  return {
    start: isoOf(w.year, w.startMonth, 1),
    end: lastDayOfMonthIso(w.year, w.endMonth),
  };
}

/** Inclusive on both ends: work reported on the first or the last day counts as inside the window. */
export function windowPosition(w: MonthWindow, asOf: IsoDate): WindowPosition {
  const { start, end } = windowBounds(w);
  dayNumber(asOf); // validates; valid "YYYY-MM-DD" strings then order like the days they name
  if (asOf < start) return "BEFORE";
  if (asOf > end) return "AFTER";
  return "INSIDE";
}

/** Number of calendar days in the window, both ends included. */
export function windowLengthDays(w: MonthWindow): number {
  const { start, end } = windowBounds(w);
  return dayNumber(end) - dayNumber(start) + 1;
}

/**
 * Share of the window that has passed by the end of asOf: asOf itself counts as elapsed, so the first day
 * gives 1/total and the last day exactly 1 (a target due "by 10月" must be fully done on 31 October).
 * Calendar-day numbers keep DST changes out of the arithmetic.
 */
export function elapsedFraction(w: MonthWindow, asOf: IsoDate): number {
  const position = windowPosition(w, asOf);
  if (position === "BEFORE") return 0;
  if (position === "AFTER") return 1;
  const elapsed = dayNumber(asOf) - dayNumber(windowBounds(w).start) + 1;
  return elapsed / windowLengthDays(w);
}

/** The window is open in a month when that month of the plan year lies within start..end. */
export function isWindowOpenInMonth(w: MonthWindow, year: number, month: number): boolean {
  return year === w.year && month >= w.startMonth && month <= w.endMonth;
}

/** A target is due in the month its window ends (the 月底调度 of that month checks it). */
export function isDueInMonth(w: MonthWindow, year: number, month: number): boolean {
  return year === w.year && month === w.endMonth;
}

// Plan wording → window lives in its own file; re-exported so callers find it next to the window rules.
export { parseWindowText, type ParsedWindowText } from "./window-text";
