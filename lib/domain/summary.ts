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
 * hide another's shortfall; with no points at all there is nothing to weigh, so completion is 0. Points that
 * are not a finite number weigh nothing, so the completion is always a finite share.
 */
export function summarizeTargets(items: SummaryItem[]): TargetSummary {
  const byStatus = Object.fromEntries(TARGET_STATUSES.map((s) => [s, { count: 0, points: 0 }])) as Record<
    TargetStatus,
    { count: number; points: number }
  >;
  let totalPoints = 0;
  let weighted = 0;
  for (const item of items) {
    const points = Number.isFinite(item.points) ? item.points : 0;
    byStatus[item.status].count += 1;
    byStatus[item.status].points += points;
    totalPoints += points;
    weighted += points * cappedRatio(item.ratio);
  }
  for (const s of TARGET_STATUSES) byStatus[s].points = roundPoints(byStatus[s].points);
  return {
    count: items.length,
    byStatus,
    totalPoints: roundPoints(totalPoints),
    completion: totalPoints === 0 || !Number.isFinite(weighted / totalPoints) ? 0 : weighted / totalPoints,
  };
}

/**
 * Shares like 100/6 make float sums drift (6 × 16.666… = 99.99999999999999, depending on order). Plans
 * state points in at most two decimals, so sums are rounded to 1e-6: 6 × 100/6 totals exactly 100.
 */
export function roundPoints(points: number): number {
  return Math.round(points * 1e6) / 1e6;
}
