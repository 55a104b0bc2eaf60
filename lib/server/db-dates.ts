import type { IsoDate } from "../domain";

// Calendar dates are stored as UTC midnight, so converting through UTC fields is exact in every time zone.
export const dbDateToIso = (d: Date): IsoDate => d.toISOString().slice(0, 10);
export const isoToDbDate = (iso: IsoDate): Date => new Date(`${iso}T00:00:00.000Z`);

/** Today's calendar date where the bureau works (China Standard Time), whatever the server's zone. */
export function todayIso(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now);
}
