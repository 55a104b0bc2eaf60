import type { IsoDate } from "./types";

/** Exactly "YYYY-MM-DD": parseISO would also accept "2013-05" or a time, which would hide data errors. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/**
 * Year, month (1–12) and day of a calendar date; throws on a malformed or impossible date (e.g. 2013-02-29).
 * Read from the text itself: these rules run for every target on every page, and date-fns' parseISO and format
 * cost more than the rest of a target's evaluation (#12).
 */
function dateFields(iso: IsoDate): [number, number, number] {
  if (ISO_DATE.test(iso)) {
    const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
    if (m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1])) return [y, m, d];
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${iso}`);
}

/**
 * Calendar date → local midnight (unlike `new Date("2013-05-01")`, which gives UTC midnight), so day/month
 * arithmetic never depends on the server's time zone.
 * Throws on a malformed or impossible date (e.g. 2013-02-29) rather than computing with an Invalid Date.
 */
export function toDate(iso: IsoDate): Date {
  const [y, m, d] = dateFields(iso);
  const date = new Date(y, m - 1, d);
  if (y < 100) date.setFullYear(y, m - 1, d); // Date maps the years 0–99 to 1900–1999
  return date;
}

/** Days since 1970-01-01 of a calendar date: differences are calendar days in every time zone, DST or not. */
export function dayNumber(iso: IsoDate): number {
  const [y, m, d] = dateFields(iso);
  const utc = new Date(0);
  utc.setUTCFullYear(y, m - 1, d);
  return Math.round(utc.getTime() / 86_400_000);
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Local date → "YYYY-MM-DD" (local fields, matching toDate). */
export function toIso(d: Date): IsoDate {
  if (Number.isNaN(d.getTime())) throw new RangeError("Invalid time value");
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

/** The calendar date of a local year/month/day (month 1–12); overflowing days roll over like Date does. */
export function isoOf(year: number, month: number, day: number): IsoDate {
  return toIso(new Date(year, month - 1, day));
}

/** Last calendar day of a month (month 1–12): 28, 29 (leap years), 30 or 31. */
export function lastDayOfMonthIso(year: number, month: number): IsoDate {
  return toIso(new Date(year, month, 0));
}
