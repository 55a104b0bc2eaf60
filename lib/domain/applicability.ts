import { splitAreaPoints } from "./points";
import { roundPoints } from "./summary";
import { pointsInRange } from "./value-ranges";

/**
 * A target can be marked not applicable (不适用, e.g. the policy behind it was withdrawn) or suspended
 * (暂停) with a reason. Its history stays; it carries no points, and the points it would have carried go
 * by its own explicit rule:
 * - REDISTRIBUTE: to the area's other scored targets, in proportion to their points, so the area still
 *   totals its points (100 over 5 targets, one suspended: the other four carry 25 each);
 * - REMOVE: out of the total: the area (and the plan) is assessed out of fewer points.
 * If nothing in the area is left to take the points, they are removed.
 */
export type Applicability = "ACTIVE" | "NOT_APPLICABLE" | "SUSPENDED";
export const APPLICABILITIES: readonly Applicability[] = ["ACTIVE", "NOT_APPLICABLE", "SUSPENDED"];

export type InactivePointsRule = "REDISTRIBUTE" | "REMOVE";
export const INACTIVE_POINTS_RULES: readonly InactivePointsRule[] = ["REDISTRIBUTE", "REMOVE"];

export const isActive = (a: string | null | undefined) => (a ?? "ACTIVE") === "ACTIVE";

export interface PointsTarget {
  id: string;
  pointsOverride: number | null;
  applicability: string;
  inactivePointsRule: string;
}

export interface AreaPoints {
  /** what each target carries now: 0 for inactive ones, shares grown by redistribution */
  points: Map<string, number>;
  /** what each target carries under the plan as written (splitAreaPoints) */
  nominal: Map<string, number>;
  /** the area's maximum now: its points less what inactive targets took out of the total */
  areaMax: number;
  /** points taken out of the total (REMOVE, or nowhere to redistribute) */
  removed: number;
  /** points moved to the area's other targets */
  redistributed: number;
}

export function effectiveAreaPoints(areaPoints: number, targets: readonly PointsTarget[]): AreaPoints {
  const nominal = splitAreaPoints(areaPoints, [...targets]);
  const active = targets.filter((t) => isActive(t.applicability));
  const activeNominal = active.reduce((sum, t) => sum + nominal.get(t.id)!, 0);
  let toShare = 0;
  let removed = 0;
  for (const t of targets) {
    if (isActive(t.applicability)) continue;
    const p = nominal.get(t.id)!;
    if (t.inactivePointsRule === "REMOVE" || activeNominal <= 0) removed += p;
    else toShare += p;
  }
  const points = new Map<string, number>();
  for (const t of targets) {
    const p = nominal.get(t.id)!;
    points.set(t.id, isActive(t.applicability) ? (activeNominal > 0 ? p + (toShare * p) / activeNominal : p) : 0);
  }
  return {
    points,
    nominal,
    areaMax: roundPoints(pointsInRange(areaPoints) - removed),
    removed: roundPoints(removed),
    redistributed: roundPoints(toShare),
  };
}
