import { addDays } from "date-fns";
import { isoOf, lastDayOfMonthIso, toDate, toIso } from "./dates";
import { isWindowOpenInMonth } from "./month-window";
import type { IsoDate, MonthWindow, TargetKind } from "./types";

/**
 * Reporting discipline (DHIS2's on-time reporting, for a bureau's 月底调度):
 *
 * - Each month a section owes an update on each of its targets whose window is open that month — unless
 *   the target was already done by the end of the month before, is not scored (not applicable or
 *   suspended), is a year-end declaration (创新创优 年末申报), or has no owning section (nobody owes it).
 * - The update for a month is the first report dated in it: a figure (RECORD or CORRECTION), a named item
 *   of a count target dated in it, or a "本月无新进展" confirmation (NO_CHANGE).
 * - It is on time when entered by the due day — the plan's reportDueDays after the month ends (次月5日) —
 *   late when entered after it, missing when nothing came and the due day has passed; pending until then.
 */
export type SubmissionStatus = "ON_TIME" | "LATE" | "MISSING" | "PENDING";

export const SUBMISSION_STATUSES: readonly SubmissionStatus[] = ["ON_TIME", "LATE", "MISSING", "PENDING"];

/** The last day an update for the month is on time. */
export function reportDueDay(year: number, month: number, dueDays: number): IsoDate {
  return toIso(addDays(toDate(lastDayOfMonthIso(year, month)), dueDays));
}

export interface ObligationFacts {
  kind: TargetKind;
  active: boolean;
  ownerCount: number;
  window: MonthWindow;
}

export function owesUpdate(target: ObligationFacts, month: number, doneBeforeMonth: boolean): boolean {
  return (
    target.active &&
    target.ownerCount > 0 &&
    target.kind !== "DECLARATION" &&
    isWindowOpenInMonth(target.window, target.window.year, month) &&
    !doneBeforeMonth
  );
}

/** firstEnteredOn: the calendar day (where the bureau works) the month's first update was entered. */
export function submissionStatus(firstEnteredOn: IsoDate | null, dueDay: IsoDate, today: IsoDate): SubmissionStatus {
  if (firstEnteredOn !== null) return firstEnteredOn <= dueDay ? "ON_TIME" : "LATE";
  return today > dueDay ? "MISSING" : "PENDING";
}

/** The months of the plan year that have begun by today: obligations of later months do not exist yet. */
export function monthsBegun(year: number, today: IsoDate): number[] {
  const months: number[] = [];
  for (let m = 1; m <= 12; m++) if (isoOf(year, m, 1) <= today) months.push(m);
  return months;
}

export interface Submission {
  /** the month it reports for (1–12) */
  month: number;
  /** the calendar day it was entered on */
  enteredOn: IsoDate;
}

/** The day the first update for each month was entered. */
export function firstSubmissions(submissions: readonly Submission[]): Map<number, IsoDate> {
  const first = new Map<number, IsoDate>();
  for (const s of submissions) {
    const seen = first.get(s.month);
    if (seen === undefined || s.enteredOn < seen) first.set(s.month, s.enteredOn);
  }
  return first;
}

export interface DisciplineTarget extends ObligationFacts {
  id: string;
  ownerIds: readonly string[];
  /** doneBy[m] — was it done by the end of month m (index 0 = before the year began)? 13 entries */
  doneBy: readonly boolean[];
  submissions: readonly Submission[];
}

export interface DisciplineCell {
  targetId: string;
  month: number;
  status: SubmissionStatus;
  enteredOn: IsoDate | null;
  dueDay: IsoDate;
}

/**
 * Every update owed so far in the plan year, with its status as of today. Updates entered after today are
 * ignored, so a past day shows the discipline as it stood then.
 */
export function disciplineCells(
  targets: readonly DisciplineTarget[],
  options: { year: number; dueDays: number; today: IsoDate },
): DisciplineCell[] {
  const { year, dueDays, today } = options;
  const months = monthsBegun(year, today);
  const cells: DisciplineCell[] = [];
  for (const t of targets) {
    const first = firstSubmissions(t.submissions.filter((s) => s.enteredOn <= today));
    for (const month of months) {
      if (!owesUpdate(t, month, t.doneBy[month - 1] ?? false)) continue;
      const dueDay = reportDueDay(year, month, dueDays);
      const enteredOn = first.get(month) ?? null;
      cells.push({ targetId: t.id, month, status: submissionStatus(enteredOn, dueDay, today), enteredOn, dueDay });
    }
  }
  return cells;
}

export interface DisciplineRates {
  owed: number;
  /** owed and past their due day: on time + late + missing */
  due: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  /** updates received ÷ updates due (pending ones are not due yet); null when none is due */
  completeness: number | null;
  /** updates on time ÷ updates due; null when none is due */
  onTimeRate: number | null;
}

export function disciplineRates(cells: readonly Pick<DisciplineCell, "status">[]): DisciplineRates {
  const count = (s: SubmissionStatus) => cells.filter((c) => c.status === s).length;
  const [onTime, late, missing, pending] = [count("ON_TIME"), count("LATE"), count("MISSING"), count("PENDING")];
  const due = onTime + late + missing;
  return {
    owed: cells.length,
    due,
    onTime,
    late,
    missing,
    pending,
    completeness: due === 0 ? null : (onTime + late) / due,
    onTimeRate: due === 0 ? null : onTime / due,
  };
}

/**
 * The month to headline (the dashboard's 按时报送率 card): the latest whose due day has passed by today — its
 * figures are final — else the latest with anything due at all; null when nothing has been due yet.
 */
export function latestDueMonth<T extends { dueDay: IsoDate; rates: Pick<DisciplineRates, "onTimeRate"> }>(
  months: readonly T[],
  today: IsoDate,
): T | null {
  const withRate = months.filter((m) => m.rates.onTimeRate !== null);
  return withRate.filter((m) => m.dueDay <= today).at(-1) ?? withRate.at(-1) ?? null;
}
