import { format, isValid, lastDayOfMonth, parseISO } from "date-fns";
import type { IsoDate } from "./types";

/** Exactly "YYYY-MM-DD": parseISO would also accept "2013-05" or a time, which would hide data errors. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Calendar date → local midnight. parseISO on a date-only string gives local midnight (unlike `new Date`,
 * which gives UTC midnight), so day/month arithmetic never depends on the server's time zone.
 * Throws on a malformed or impossible date (e.g. 2013-02-29) rather than computing with an Invalid Date.
 */
export function toDate(iso: IsoDate): Date {
  const d = ISO_DATE.test(iso) ? parseISO(iso) : new Date(NaN);
  if (!isValid(d)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${iso}`);
  return d;
}

/** Local date → "YYYY-MM-DD" (format uses local fields, matching toDate). */
export function toIso(d: Date): IsoDate {
  return format(d, "yyyy-MM-dd");
}

/** The calendar date of a local year/month/day (month 1–12); overflowing days roll over like Date does. */
export function isoOf(year: number, month: number, day: number): IsoDate {
  return toIso(new Date(year, month - 1, day));
}

/** Last calendar day of a month (month 1–12): 28, 29 (leap years), 30 or 31. */
export function lastDayOfMonthIso(year: number, month: number): IsoDate {
  return toIso(lastDayOfMonth(new Date(year, month - 1, 1)));
}
