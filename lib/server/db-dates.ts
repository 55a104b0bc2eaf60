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
