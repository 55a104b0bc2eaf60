import { standsChecked, type CheckReading } from "./figure-check";
import { windowPosition } from "./month-window";
import type { IsoDate, MonthWindow, ProgressPoint } from "./types";
import { COUNT_MAX } from "./value-ranges";

/**
 * A count target ("组建市级工程技术研究中心 4 家") is completed by named items — the four centres are four
 * records, each with its own date, section and evidence — never by a typed "4". Its figure as of a day is
 * the number of items still on record (not withdrawn) dated on or before that day.
 */
export interface CountItemFact {
  /** the day it counts from (批复 / 挂牌 / 完成) */
  date: IsoDate;
  /** ACTIVE, or WITHDRAWN (kept on record with a reason, no longer counted) */
  status: string;
  /** when it was entered (ISO instant): the tie-break of points on the same day */
  recordedAt: string;
  /** 数据审核 (lib/domain/figure-check.ts): a pending or returned item does not count yet; absent: accepted */
  checkStatus?: string | null;
}

/** On record (not withdrawn) and, where the plan checks figures, accepted (or pending, read as reported). */
export const isCountedItem = (item: Pick<CountItemFact, "status" | "checkStatus">, reading: CheckReading = {}) =>
  item.status === "ACTIVE" && standsChecked(item.checkStatus, reading);

/**
 * The items as cumulative progress points — one per day that has items, valued at the running count — so
 * status, forecast, reviews and scores treat an item-backed count exactly like any other target.
 */
export function countItemPoints(items: readonly CountItemFact[], reading: CheckReading = {}): ProgressPoint[] {
  const byDay = new Map<IsoDate, { count: number; recordedAt: string }>();
  for (const item of items) {
    if (!isCountedItem(item, reading)) continue;
    const day = byDay.get(item.date) ?? { count: 0, recordedAt: item.recordedAt };
    day.count += 1;
    if (item.recordedAt > day.recordedAt) day.recordedAt = item.recordedAt;
    byDay.set(item.date, day);
  }
  let running = 0;
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([reportedFor, day]) => {
      running += day.count;
      return { value: running, reportedFor, recordedAt: day.recordedAt };
    });
}

/** How many items count as of a day. */
export function itemCountAsOf(items: readonly CountItemFact[], asOf: IsoDate): number {
  return items.filter((i) => isCountedItem(i) && i.date <= asOf).length;
}

/**
 * An item dated outside its target's window (2013-02-01 for 农村科普基地, 4–12月) — the rule (#14):
 * - it counts, like any item of the plan year: the window is when the plan schedules the work, the plan year
 *   is what the target counts (an item dated before the window is early work and counts from its date, as an
 *   early figure does, so reaching the target before the window is 已完成; one dated after the window's end
 *   completes the target late: 逾期 until that day, 已完成 from it — the status rule for any figure);
 * - saving one asks first: an out-of-window date is as often a typo as early or late work, so the form and
 *   the API refuse it until the user confirms the date (confirmOutsideWindow), as they do a figure 10× the
 *   target; the item list marks it 窗口前 / 窗口后.
 * A target whose plan names no months is evaluated over the whole year, so none of its items is outside.
 */
export function itemOutsideWindow(date: IsoDate, window: MonthWindow & { specified?: boolean }): "BEFORE" | "AFTER" | null {
  if (window.specified === false || Number(date.slice(0, 4)) !== window.year) return null;
  const position = windowPosition(window, date);
  return position === "INSIDE" ? null : position;
}

/** Names are compared without spaces and case, so "益阳 黑茶中心" and "益阳黑茶中心" are the same item. */
export function sameItemName(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, "").toLowerCase();
  return norm(a) === norm(b);
}

/**
 * Upgrading a database in which count targets still carry typed figures (before named items existed): the
 * figures become placeholder items so no count silently drops to 0. One item per unit the running figure
 * rose by, dated on the day it rose; a figure that later fell cannot be told apart from a typo, so the
 * running maximum is kept (items are withdrawn by hand, with a reason). Fractions are dropped, and a figure
 * beyond COUNT_MAX (a legacy 1e20, or Infinity) counts as COUNT_MAX, so the upgrade always ends.
 */
export function itemsFromTypedCounts(points: readonly ProgressPoint[]): IsoDate[] {
  const byDay = new Map<IsoDate, ProgressPoint>();
  for (const p of points) {
    const seen = byDay.get(p.reportedFor);
    if (!seen || p.recordedAt >= seen.recordedAt) byDay.set(p.reportedFor, p);
  }
  const days: IsoDate[] = [];
  let max = 0;
  for (const [day, p] of [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const value = Number.isNaN(p.value) ? 0 : Math.min(Math.floor(p.value), COUNT_MAX);
    for (let n = max; n < value; n++) days.push(day);
    max = Math.max(max, value);
  }
  return days;
}
