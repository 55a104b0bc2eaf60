import { monthOfDate } from "../../lib/domain/period-lock";
import { fill, formatMonth, formatMonthRuns } from "../../lib/i18n/format";
import type { Messages } from "../../lib/i18n/messages";

/** A month of the plan year as the target page receives it (TargetDetail.locks). */
export interface MonthLock {
  month: number;
  locked: boolean;
  reason: string;
  reopenedUntil?: string | null;
}

const reasonLabel = (reason: string, t: Messages) => t.lockReason[reason as keyof Messages["lockReason"]] ?? reason;

/**
 * Before anything is sent: the Chinese sentence saying the date falls in a locked month (the server would
 * refuse it with PERIOD_LOCKED), or null when the month is open or the date is not in the plan year.
 */
export function lockedMonthMessage(date: string, year: number, locks: readonly MonthLock[], t: Messages): string | null {
  const month = /^\d{4}-\d{2}-\d{2}$/.test(date) ? monthOfDate(date, year) : null;
  const lock = month === null ? undefined : locks.find((l) => l.month === month);
  if (!lock?.locked) return null;
  return fill(t.periods.lockedMonth, { month: formatMonth(lock.month, t, "long"), reason: reasonLabel(lock.reason, t) });
}

export interface LockGroup {
  reason: string;
  locked: boolean;
  label: string;
  /** "1–3月、5月" */
  months: string;
  reopenedUntil: string | null;
}

/** Consecutive months with the same state, grouped: 「已重新开放：1–12月（至 …）」. */
export function groupLocks(locks: readonly MonthLock[], t: Messages, locale: "zh" | "en"): LockGroup[] {
  const groups = new Map<string, { reason: string; locked: boolean; until: string | null; months: number[] }>();
  for (const l of [...locks].sort((a, b) => a.month - b.month)) {
    const key = `${l.reason}|${l.reopenedUntil ?? ""}`;
    const g = groups.get(key) ?? { reason: l.reason, locked: l.locked, until: l.reopenedUntil ?? null, months: [] };
    g.months.push(l.month);
    groups.set(key, g);
  }
  const ranges = (months: number[]) => formatMonthRuns(months, locale);
  return [...groups.values()].map((g) => ({
    reason: g.reason,
    locked: g.locked,
    label: reasonLabel(g.reason, t),
    months: ranges(g.months),
    reopenedUntil: g.until,
  }));
}
