import { addDays } from "date-fns";
import { lastDayOfMonthIso, toDate, toIso } from "./dates";
import type { IsoDate } from "./types";

/**
 * Period locks (DHIS2-style): once a month has been reported and checked, its figures stop changing.
 *
 * A month of the plan year is locked
 * 1. when an administrator locked it (early), or
 * 2. when a review snapshot covering it was taken after the month ended (the dispatch, inspection, review or
 *    year-end assessment has read it), or
 * 3. from the plan's lockAfterDays-th day after the month ended onwards (10 days: March locks on 11 April).
 * An administrator may reopen a locked month, with a reason, through a day of their choosing: the reopening
 * beats rules 2 and 3 until it lapses, then the month locks again. Every decision is audited by the services.
 */
export type LockReason =
  /** still open for reports */
  | "OPEN"
  /** locked by the days-after-month-end rule */
  | "AUTO"
  /** locked by a review snapshot taken after the month ended */
  | "SNAPSHOT"
  /** locked by an administrator */
  | "ADMIN_LOCKED"
  /** locked by rule 2 or 3 but reopened by an administrator through reopenedUntil */
  | "REOPENED";

export interface LockOverride {
  state: "LOCKED" | "REOPENED";
  /** REOPENED: the last day the reopening lasts (inclusive); null = until an administrator locks it again */
  untilDay: IsoDate | null;
}

export interface MonthLockInput {
  year: number;
  month: number;
  lockAfterDays: number;
  today: IsoDate;
  /** the days review snapshots covering this month were taken on */
  snapshotDays: readonly IsoDate[];
  override: LockOverride | null;
}

export interface MonthLockState {
  month: number;
  locked: boolean;
  reason: LockReason;
  /** the first day the days rule locks the month */
  autoLockOn: IsoDate;
  reopenedUntil: IsoDate | null;
}

/** The first locked day under the days rule: the month's last day + lockAfterDays + 1. */
export function autoLockDay(year: number, month: number, lockAfterDays: number): IsoDate {
  return toIso(addDays(toDate(lastDayOfMonthIso(year, month)), lockAfterDays + 1));
}

/** A snapshot locks the months of its period that had ended on the day it was taken. */
export function snapshotLocksMonth(period: { start: IsoDate; end: IsoDate }, snapshotDay: IsoDate, year: number, month: number): boolean {
  const monthEnd = lastDayOfMonthIso(year, month);
  const monthStart = `${monthEnd.slice(0, 8)}01`;
  return monthStart >= period.start && monthEnd <= period.end && snapshotDay > monthEnd;
}

export function monthLockState(input: MonthLockInput): MonthLockState {
  const { year, month, lockAfterDays, today, snapshotDays, override } = input;
  const autoLockOn = autoLockDay(year, month, lockAfterDays);
  const base = { month, autoLockOn, reopenedUntil: null };
  if (override?.state === "LOCKED") return { ...base, locked: true, reason: "ADMIN_LOCKED" };
  const bySnapshot = snapshotDays.some((d) => d > lastDayOfMonthIso(year, month));
  const byDays = today >= autoLockOn;
  const reopened = override?.state === "REOPENED" && (override.untilDay === null || today <= override.untilDay);
  if (reopened && (bySnapshot || byDays)) return { ...base, locked: false, reason: "REOPENED", reopenedUntil: override!.untilDay };
  if (bySnapshot) return { ...base, locked: true, reason: "SNAPSHOT" };
  if (byDays) return { ...base, locked: true, reason: "AUTO" };
  return { ...base, locked: false, reason: "OPEN" };
}

/** The plan-year month a calendar date falls in (1–12); null for a date of another year. */
export function monthOfDate(date: IsoDate, year: number): number | null {
  return Number(date.slice(0, 4)) === year ? Number(date.slice(5, 7)) : null;
}

export interface PlanLockInput {
  year: number;
  lockAfterDays: number;
  today: IsoDate;
  /** every review snapshot of the plan: its period and the day it was (last) taken */
  snapshots: readonly { start: IsoDate; end: IsoDate; day: IsoDate }[];
  /** the administrators' decisions by month */
  overrides: ReadonlyMap<number, LockOverride>;
}

/** The lock state of all twelve months of a plan year. */
export function planMonthLocks(input: PlanLockInput): MonthLockState[] {
  const { year, lockAfterDays, today, snapshots, overrides } = input;
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const snapshotDays = snapshots.filter((s) => snapshotLocksMonth(s, s.day, year, month)).map((s) => s.day);
    return monthLockState({ year, month, lockAfterDays, today, snapshotDays, override: overrides.get(month) ?? null });
  });
}
