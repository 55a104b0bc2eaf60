import { windowBounds } from "./month-window";
import type { MonthWindow, ReviewPeriod, TargetStatus } from "./types";

/** 本期到期: the target's window ends inside the period (a monthly dispatch checks what ends that month). */
export function isDueInPeriod(window: MonthWindow, period: Pick<ReviewPeriod, "start" | "end">): boolean {
  const { end } = windowBounds(window);
  return end >= period.start && end <= period.end;
}

/** 逾期或滞后: what a review flags for attention. */
export function needsAttention(status: TargetStatus): boolean {
  return status === "OVERDUE" || status === "BEHIND";
}
