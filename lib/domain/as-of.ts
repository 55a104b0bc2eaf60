import type { IsoDate } from "./types";

/**
 * The default "as of" date of a plan: today, clamped into the plan year. Looking at the 2013 plan in
 * 2026 therefore shows 2013-12-31 (the year as it ended); a future plan shows its 1 January.
 */
export function defaultAsOf(planYear: number, today: IsoDate): IsoDate {
  const year = Number(today.slice(0, 4));
  if (year < planYear) return `${planYear}-01-01`;
  if (year > planYear) return `${planYear}-12-31`;
  return today;
}

/** True when the date lies in the plan year (a report must be for a day of that year). */
export function isInPlanYear(date: IsoDate, planYear: number): boolean {
  return Number(date.slice(0, 4)) === planYear;
}
