import { RATIO_EPSILON } from "./completion";

/**
 * 年终等次: the year-end total, as a share of the plan's maximum, falls into one of four grades by the plan's
 * bands (Plan.gradeExcellentAt / gradeGoodAt / gradePassAt). A share exactly on a threshold reaches that grade
 * (within RATIO_EPSILON, so 0.9 computed as 0.8999999999 is still 优秀).
 *
 * 评先评优 (plan 003, 四、其他情况说明): "市州人民政府绩效考核结果应作为绩效考核重要依据，如考核不合格单位，则省厅考核不能评先评优".
 * When the unit's 市州人民政府绩效考核结果 for the year is 不合格, the grade is capped below 优秀 whatever the score:
 * an 优秀 by score becomes 良好, and the result says so (capped, with the external result as the reason).
 */
export type Grade = "EXCELLENT" | "GOOD" | "PASS" | "FAIL";

export const GRADES: readonly Grade[] = ["EXCELLENT", "GOOD", "PASS", "FAIL"];

export interface GradeBands {
  /** share of the maximum (0–1) at or above which the grade is 优秀 */
  excellentAt: number;
  goodAt: number;
  passAt: number;
}

export const DEFAULT_GRADE_BANDS: GradeBands = { excellentAt: 0.9, goodAt: 0.8, passAt: 0.6 };

/** 市州人民政府绩效考核结果: 合格 / 不合格, or not recorded. */
export type ExternalResult = "PASS" | "FAIL";

export interface GradeResult {
  grade: Grade;
  /** what the score alone earns */
  byScore: Grade;
  /** total ÷ maximum; null when the plan has no points to earn */
  share: number | null;
  /** true when the external 不合格 took the grade below what the score earns */
  capped: boolean;
  /** false when the unit cannot be 评先评优 (external result 不合格) */
  eligibleForHonours: boolean;
}

export type GradeBandsProblem = "OUT_OF_RANGE" | "NOT_DESCENDING";

/** Bands must lie in (0, 1] and descend strictly: 优秀 > 良好 > 合格. Returns the problem, or null. */
export function checkGradeBands(b: GradeBands): GradeBandsProblem | null {
  const all = [b.excellentAt, b.goodAt, b.passAt];
  if (all.some((v) => !Number.isFinite(v) || v <= 0 || v > 1)) return "OUT_OF_RANGE";
  if (!(b.excellentAt > b.goodAt && b.goodAt > b.passAt)) return "NOT_DESCENDING";
  return null;
}

export function gradeByShare(share: number | null, bands: GradeBands): Grade {
  if (share === null) return "FAIL";
  if (share >= bands.excellentAt - RATIO_EPSILON) return "EXCELLENT";
  if (share >= bands.goodAt - RATIO_EPSILON) return "GOOD";
  if (share >= bands.passAt - RATIO_EPSILON) return "PASS";
  return "FAIL";
}

/** The year-end grade of a total out of a maximum, under the bands and the unit's external result (if any). */
export function gradeOf(total: number, maximum: number, bands: GradeBands, external: ExternalResult | null): GradeResult {
  const share = maximum > 0 && Number.isFinite(total) ? total / maximum : null;
  const byScore = gradeByShare(share, bands);
  const eligibleForHonours = external !== "FAIL";
  const grade = !eligibleForHonours && byScore === "EXCELLENT" ? "GOOD" : byScore;
  return { grade, byScore, share, capped: grade !== byScore, eligibleForHonours };
}

export const isExternalResult = (v: unknown): v is ExternalResult => v === "PASS" || v === "FAIL";

export interface YearEndGrade extends GradeResult {
  /** PROVINCE: the province's 省厅评分 (the unit's own final score where it left a target unscored); UNIT: the unit's own */
  basis: "PROVINCE" | "UNIT";
  /** the total the grade is taken from, out of maximum */
  total: number;
  maximum: number;
  /** the unit's own year-end total (its 考核组's final scores): its self-assessment toward the province */
  unitTotal: number;
  /** the province's total once it has scored any target; null before */
  provinceTotal: number | null;
}

/**
 * The grade of a year-end score sheet: from the province's scores once the province's 考核组 has scored any target
 * of the plan (a target it left unscored counts the unit's own final score), else from the unit's own total.
 */
export function yearEndGrade(
  rows: readonly { finalScore: number; provinceScore: number | null }[],
  maximum: number,
  unitTotal: number,
  bands: GradeBands,
  external: ExternalResult | null,
): YearEndGrade {
  const scored = rows.some((r) => r.provinceScore !== null);
  const provinceTotal = scored ? rows.reduce((sum, r) => sum + (r.provinceScore ?? r.finalScore), 0) : null;
  const total = provinceTotal ?? unitTotal;
  return { ...gradeOf(total, maximum, bands, external), basis: scored ? "PROVINCE" : "UNIT", total, maximum, unitTotal, provinceTotal };
}

/**
 * 排名: the province page ranks its cities by the total the grade rests on, highest first; equal totals share a rank
 * (competition ranking 1, 2, 2, 4), ties listed by name so the order is the same on every machine.
 */
export function rankByTotal<T extends { total: number; name: string }>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "zh-CN"));
  let rank = 0;
  return sorted.map((r, i) => {
    if (i === 0 || Math.abs(r.total - sorted[i - 1].total) > 1e-9) rank = i + 1;
    return { ...r, rank };
  });
}
