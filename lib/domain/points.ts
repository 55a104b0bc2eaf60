import { pointsInRange } from "./value-ranges";

/**
 * Points of an assessment area (e.g. 业务工作 100 分) are shared by its targets. A target may carry its own
 * points (pointsOverride, as some plans state them per line); the rest of the area is split equally among
 * the targets without one. If overrides already use up (or exceed) the area, the others get 0, never a
 * negative share. Points outside 0–1000 (a legacy row; lib/domain/value-ranges.ts) count as the nearest bound,
 * so no stored value can make a sum of points overflow.
 */
export function splitAreaPoints(areaPoints: number, targets: { id: string; pointsOverride: number | null }[]): Map<string, number> {
  const area = pointsInRange(areaPoints);
  const own = (t: { pointsOverride: number | null }) => (t.pointsOverride === null ? null : pointsInRange(t.pointsOverride));
  const overridden = targets.filter((t) => t.pointsOverride !== null);
  const free = targets.filter((t) => t.pointsOverride === null);
  const used = overridden.reduce((sum, t) => sum + (own(t) ?? 0), 0);
  const share = free.length === 0 ? 0 : Math.max(area - used, 0) / free.length;
  return new Map(targets.map((t) => [t.id, own(t) ?? share]));
}

/** Whether points add up to the area; a tolerance because 100/6 × 6 is not exactly 100 in floating point. */
export function pointsSumMatches(areaPoints: number, values: Iterable<number>, tolerance = 1e-6): boolean {
  let sum = 0;
  for (const v of values) sum += v;
  return Math.abs(sum - areaPoints) <= tolerance;
}
