import { effectiveEntries, type CorrectableEntry } from "./corrections";
import type { IsoDate } from "./types";

/**
 * What a section already reported on a target for one month (本月快速填报 shows it beside each line), and the
 * rule that 本月无新进展 is said once per target and month.
 *
 * - A 本月无新进展 confirmation stands while it is pending (待审核) or accepted; one the 考核组 returned does
 *   not (the month is owed again, lib/domain/reporting-discipline.ts), so the section may confirm once more.
 * - While one stands, another confirmation for the same target and month is refused: clicking the button
 *   again says nothing new.
 * - The month's reports are the figures dated in it that still stand or wait to be checked (a corrected or
 *   withdrawn one is replaced, a returned one never counted), the named items dated in it that are on record
 *   and not returned, and the standing confirmation; in date order, then in the order they were entered.
 */
export interface MonthEntryFact extends CorrectableEntry {
  /** ISO day the report is for */
  reportedFor: IsoDate;
  /** ISO instant it was entered */
  createdAt: string;
  checkStatus: string;
}

export interface MonthItemFact {
  date: IsoDate;
  status: string;
  checkStatus: string;
  createdAt: string;
}

/** "2013-12-31" → "2013-12" */
export const monthOf = (day: IsoDate): string => day.slice(0, 7);

const stillClaims = (checkStatus: string | null | undefined) => (checkStatus ?? "ACCEPTED") !== "RETURNED";

/** The 本月无新进展 confirmation that stands for the month of `day`, if any (the earliest one). */
export function standingNoChange<T extends MonthEntryFact>(entries: readonly T[], day: IsoDate): T | null {
  const month = monthOf(day);
  const standing = entries
    .filter((e) => e.action === "NO_CHANGE" && monthOf(e.reportedFor) === month && stillClaims(e.checkStatus))
    .sort((a, b) => byDayThenEntered(a.reportedFor, a.createdAt, b.reportedFor, b.createdAt));
  return standing[0] ?? null;
}

export type MonthReport<E, I> = { kind: "FIGURE" | "NO_CHANGE"; entry: E } | { kind: "ITEM"; item: I };

/** Everything reported for the month of `day` that still stands or waits to be checked (see above). */
export function monthReports<E extends MonthEntryFact, I extends MonthItemFact>(
  entries: readonly E[],
  items: readonly I[],
  day: IsoDate,
): MonthReport<E, I>[] {
  const month = monthOf(day);
  // figures read as reported: pending ones are claims of the month too; returned and replaced ones are not
  const figures = effectiveEntries(entries, { asReported: true }).filter((e) => monthOf(e.reportedFor) === month);
  const confirmation = standingNoChange(entries, day);
  const dated: { day: IsoDate; createdAt: string; report: MonthReport<E, I> }[] = [
    ...figures.map((entry) => ({ day: entry.reportedFor, createdAt: entry.createdAt, report: { kind: "FIGURE" as const, entry } })),
    ...(confirmation
      ? [{ day: confirmation.reportedFor, createdAt: confirmation.createdAt, report: { kind: "NO_CHANGE" as const, entry: confirmation } }]
      : []),
    ...items
      .filter((i) => i.status === "ACTIVE" && stillClaims(i.checkStatus) && monthOf(i.date) === month)
      .map((item) => ({ day: item.date, createdAt: item.createdAt, report: { kind: "ITEM" as const, item } })),
  ];
  return dated.sort((a, b) => byDayThenEntered(a.day, a.createdAt, b.day, b.createdAt)).map((d) => d.report);
}

function byDayThenEntered(dayA: IsoDate, enteredA: string, dayB: IsoDate, enteredB: string): number {
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  return enteredA < enteredB ? -1 : enteredA > enteredB ? 1 : 0;
}
