/**
 * Points of an assessment area (e.g. 业务工作 100 分) are shared by its targets. A target may carry its own
 * points (pointsOverride, as some plans state them per line); the rest of the area is split equally among
 * the targets without one. If overrides already use up (or exceed) the area, the others get 0, never a
 * negative share.
 */
export function splitAreaPoints(areaPoints: number, targets: { id: string; pointsOverride: number | null }[]): Map<string, number> {
  const overridden = targets.filter((t) => t.pointsOverride !== null);
  const free = targets.filter((t) => t.pointsOverride === null);
  const used = overridden.reduce((sum, t) => sum + (t.pointsOverride ?? 0), 0);
  const share = free.length === 0 ? 0 : Math.max(areaPoints - used, 0) / free.length;
  return new Map(targets.map((t) => [t.id, t.pointsOverride ?? share]));
}

/** Whether points add up to the area; a tolerance because 100/6 × 6 is not exactly 100 in floating point. */
export function pointsSumMatches(areaPoints: number, values: Iterable<number>, tolerance = 1e-6): boolean {
  let sum = 0;
  for (const v of values) sum += v;
  return Math.abs(sum - areaPoints) <= tolerance;
}
