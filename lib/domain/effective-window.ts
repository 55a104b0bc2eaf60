import type { MonthWindow } from "./types";

export interface EffectiveWindow extends MonthWindow {
  /** false when the plan names no months (创新创优, the funding figures): then the whole year applies */
  specified: boolean;
}

/**
 * A target without months is evaluated over the whole plan year, so it can still be on pace or late,
 * while the UI keeps showing that the plan named none (未指定).
 */
export function effectiveWindow(year: number, startMonth: number | null, endMonth: number | null): EffectiveWindow {
  if (startMonth == null || endMonth == null) return { year, startMonth: 1, endMonth: 12, specified: false };
  return { year, startMonth, endMonth, specified: true };
}
