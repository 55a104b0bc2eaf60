import { cappedRatio } from "./completion";
import { TARGET_STATUSES, type TargetStatus } from "./types";

export interface SummaryItem {
  status: TargetStatus;
  points: number;
  ratio: number | null;
}

export interface TargetSummary {
  count: number;
  byStatus: Record<TargetStatus, { count: number; points: number }>;
  totalPoints: number;
  /** points-weighted mean of the capped ratios, 0–1 */
  completion: number;
}

/**
 * Totals for a department or area. Completion is weighted by points because the assessment is: a 20-point
 * target half done matters more than a 2-point one. Ratios are capped so over-fulfilling one target cannot
 * hide another's shortfall; with no points at all there is nothing to weigh, so completion is 0.
 */
export function summarizeTargets(items: SummaryItem[]): TargetSummary {
  const byStatus = Object.fromEntries(TARGET_STATUSES.map((s) => [s, { count: 0, points: 0 }])) as Record<
    TargetStatus,
    { count: number; points: number }
  >;
  let totalPoints = 0;
  let weighted = 0;
  for (const item of items) {
    byStatus[item.status].count += 1;
    byStatus[item.status].points += item.points;
    totalPoints += item.points;
    weighted += item.points * cappedRatio(item.ratio);
  }
  return { count: items.length, byStatus, totalPoints, completion: totalPoints === 0 ? 0 : weighted / totalPoints };
}
