import type { TargetKind } from "../../domain/types";

/** A whole plan as plain data: the shape of the embedded 2013 plan, of test factories and of imports. */
export interface PlanSeed {
  unit: { name: string; level: "PROVINCE" | "CITY" | "COUNTY"; region: string | null; parentName?: string };
  sections: { name: string; phone: string | null }[];
  plan: {
    year: number;
    title: string;
    source: string | null;
    assessmentGroup: string | null;
    otherNotes: string | null;
    /** a copy of last year's plan names its source; the plan's settings come along */
    copiedFromId?: string | null;
    behindMargin?: number;
    scoreFloor?: number;
    lockAfterDays?: number;
  };
  areas: AreaSeed[];
}

export interface AreaSeed {
  code: string;
  category: "WORK" | "FUNDING";
  name: string;
  points: number;
  /** section names responsible for every target of the area; [] = 未指定 */
  owners: string[];
  targets: TargetSeed[];
}

export interface TargetSeed {
  code: string;
  title: string;
  wording: string;
  kind: TargetKind;
  targetValue: number | null;
  measureUnit: string | null;
  /** [startMonth, endMonth], or null when the plan names no months */
  window: [number, number] | null;
  windowText: string | null;
  remarks: string | null;
  /** overrides the area's owners when given */
  owners?: string[];
  baselineValue?: number | null;
  baselineSource?: string | null;
  pointsOverride?: number | null;
  /** the same target across years (a copy keeps its source's) */
  lineageKey?: string | null;
  /** a city target fed by its counties' targets with the same key */
  rollupKey?: string | null;
  /** scoring and display settings, carried by a copy; omitted = the defaults */
  scoringRule?: string | null;
  scoreFloor?: number | null;
  greenAt?: number | null;
  amberAt?: number | null;
  direction?: string;
  applicability?: string;
  applicabilityReason?: string | null;
  inactivePointsRule?: string;
}
