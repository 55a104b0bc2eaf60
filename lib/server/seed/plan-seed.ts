import type { TargetKind } from "../../domain/types";

/** A whole plan as plain data: the shape of the embedded 2013 plan, of test factories and of imports. */
export interface PlanSeed {
  unit: { name: string; level: "CITY" | "COUNTY"; region: string | null; parentName?: string };
  sections: { name: string; phone: string | null }[];
  plan: {
    year: number;
    title: string;
    source: string | null;
    assessmentGroup: string | null;
    otherNotes: string | null;
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
}
