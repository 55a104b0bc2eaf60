import type { IsoDate } from "../domain";

// Calendar dates are stored as UTC midnight, so converting through UTC fields is exact in every time zone.
export const dbDateToIso = (d: Date): IsoDate => d.toISOString().slice(0, 10);
export const isoToDbDate = (iso: IsoDate): Date => new Date(`${iso}T00:00:00.000Z`);

// made once: building an Intl.DateTimeFormat costs ~40 µs, and 报送纪律 asks for the day of every report (#12)
const CHINA_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" });

/** Today's calendar date where the bureau works (China Standard Time), whatever the server's zone. */
export function todayIso(now: Date = new Date()): IsoDate {
  return CHINA_DAY.format(now);
}

const HOUR_MS = 3_600_000;

/**
 * The China Standard Time calendar day of an ISO instant (Date.toISOString's form): the same day as
 * todayIso(new Date(instant)) without building a Date and formatting it per row (报送纪律 asks it of every report).
 * China has kept UTC+8 all year since 1992; earlier instants (summer time 1986–1991) go through Intl.
 */
export function chinaDayOf(instant: string): IsoDate {
  if (instant < "1992") return todayIso(new Date(instant));
  return new Date(Date.parse(instant) + 8 * HOUR_MS).toISOString().slice(0, 10);
}
