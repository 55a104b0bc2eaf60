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

/**
 * A page shown "as of" a day follows that day (#14): a record dated after it is not counted in any of the
 * page's figures (the header, the chart, the status); lists may still show it, marked as after the as-of day.
 * A record dated on the as-of day itself counts (values are cumulative "as of" their day).
 */
export const isAfterAsOf = (day: IsoDate, asOf: IsoDate): boolean => day > asOf;

/** The records dated on or before the as-of day, in their order: what a chart of the page may draw. */
export function upToAsOf<T>(records: readonly T[], asOf: IsoDate, dayOf: (record: T) => IsoDate): T[] {
  return records.filter((r) => !isAfterAsOf(dayOf(r), asOf));
}
