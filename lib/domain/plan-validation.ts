import { isValidWindow } from "./month-window";
import { pointsSumMatches, splitAreaPoints } from "./points";
import type { TargetKind } from "./types";
import { AREA_POINTS_RANGE, baselineRange, POINTS_RANGE, rangeProblem, targetValueRange } from "./value-ranges";

/**
 * The rules a plan must satisfy whoever writes it — the editor, a copy, an import: windows inside the year,
 * targets measured in a way their kind allows, owners given (or 未指定 on purpose), codes unique, and the
 * points of each area adding up. Pure: callers pass drafts and get Chinese messages with references back
 * (a row number for an import, a target id for the editor) and decide how to show them.
 */

/** How a target with no owning section is written in a template and shown in the app. */
export const UNASSIGNED = "未指定";

/** Both months or neither (未指定 = the whole year); integers with 1 ≤ start ≤ end ≤ 12. */
export function windowProblem(startMonth: number | null, endMonth: number | null): string | null {
  if (startMonth === null && endMonth === null) return null;
  if (startMonth === null || endMonth === null) return "开始月和结束月须同时填写，或同时留空（未指定，按全年）";
  if (!Number.isInteger(startMonth) || !Number.isInteger(endMonth) || startMonth < 1 || startMonth > 12 || endMonth < 1 || endMonth > 12) {
    return "月份应为 1–12 的整数";
  }
  if (!isValidWindow({ year: 2000, startMonth, endMonth })) return `开始月（${startMonth}月）不能晚于结束月（${endMonth}月）`;
  return null;
}

/**
 * Every target names at least one owning section, or is explicitly 未指定 (stored as no owners). An empty
 * list without the explicit flag is a mistake, not a decision.
 */
export function ownersProblem(owners: readonly string[], unassigned: boolean): string | null {
  if (unassigned && owners.length > 0) return `已标记为“${UNASSIGNED}”，不能同时填写责任科室`;
  if (!unassigned && owners.length === 0) return `请至少指定一个责任科室，或明确标记为“${UNASSIGNED}”`;
  const seen = new Set<string>();
  for (const o of owners) {
    if (seen.has(o)) return `责任科室「${o}」重复`;
    seen.add(o);
  }
  return null;
}

export interface MeasureDraft {
  kind: TargetKind;
  targetValue: number | null;
  baselineValue: number | null;
  /** the ranges of amounts and growth figures depend on it (lib/domain/value-ranges.ts); none: as 万元 / a quantity */
  measureUnit?: string | null;
}

/**
 * What a kind needs: counts, amounts and growth a target value inside its range (lib/domain/value-ranges.ts:
 * whole and 1 – 1,000,000 for counts, 0.0001 up to 1 万亿元 for amounts in their unit, 0.01% – 1,000% for growth);
 * milestones none; a baseline only for growth, inside its range.
 */
export function measureProblems(m: MeasureDraft): { field: "targetValue" | "baselineValue"; message: string }[] {
  const out: { field: "targetValue" | "baselineValue"; message: string }[] = [];
  const range = targetValueRange(m.kind, m.measureUnit);
  if (range) {
    if (m.targetValue === null)
      out.push({ field: "targetValue", message: m.kind === "GROWTH_PCT" ? "增幅类指标须填写目标增幅（%）" : "请填写目标值" });
    else if (!Number.isFinite(m.targetValue) || m.targetValue <= 0) out.push({ field: "targetValue", message: "目标值应为正数" });
    else if (m.kind === "COUNT" && !Number.isInteger(m.targetValue))
      out.push({ field: "targetValue", message: "数量类指标的目标值应为整数" });
    else {
      const problem = rangeProblem(m.kind === "GROWTH_PCT" ? "目标增幅" : "目标值", m.targetValue, range);
      if (problem) out.push({ field: "targetValue", message: problem });
    }
  } else if (m.targetValue !== null) {
    out.push({ field: "targetValue", message: "里程碑和年末申报类指标不填目标值" });
  }
  if (m.baselineValue !== null) {
    if (m.kind !== "GROWTH_PCT") out.push({ field: "baselineValue", message: "只有增幅类指标填写基数" });
    else if (!Number.isFinite(m.baselineValue) || m.baselineValue <= 0) out.push({ field: "baselineValue", message: "基数应为正数" });
    else {
      const problem = rangeProblem("基数", m.baselineValue, baselineRange(m.measureUnit));
      if (problem) out.push({ field: "baselineValue", message: problem });
    }
  }
  return out;
}

export interface AreaPointsCheck {
  ok: boolean;
  /** what the targets' points add up to (explicit points plus the equal shares of the others) */
  sum: number;
  areaPoints: number;
}

/**
 * Points given per target must add up to the area's points once the targets without points share the rest
 * equally (splitAreaPoints): all given → their sum is the area's; some given → they leave something to share.
 */
export function checkAreaPoints(areaPoints: number, targets: { id: string; pointsOverride: number | null }[]): AreaPointsCheck {
  const split = splitAreaPoints(areaPoints, targets);
  let sum = 0;
  for (const v of split.values()) sum += v;
  return { ok: pointsSumMatches(areaPoints, split.values()), sum, areaPoints };
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

export interface DraftTarget<R> {
  /** where the target came from: a row number, a target id */
  ref: R;
  code: string;
  startMonth: number | null;
  endMonth: number | null;
  /** section names or ids */
  owners: readonly string[];
  unassigned: boolean;
  pointsOverride: number | null;
}

export interface DraftArea<R> {
  code: string;
  name: string;
  points: number;
  targets: DraftTarget<R>[];
}

export type PlanIssueField = "window" | "owners" | "points" | "code" | "areaCode" | "areaPoints" | "area";

export interface PlanIssue<R> {
  /** the targets concerned; empty for an area-level problem of an area without targets */
  refs: R[];
  areaCode: string | null;
  field: PlanIssueField;
  message: string;
}

/** All problems of a whole plan, in plan order; an empty list means it may be written. */
export function validatePlanDraft<R>(areas: readonly DraftArea<R>[]): PlanIssue<R>[] {
  const issues: PlanIssue<R>[] = [];
  const areaCodes = new Map<string, number>();
  for (const a of areas) areaCodes.set(a.code, (areaCodes.get(a.code) ?? 0) + 1);
  const codes = new Map<string, R[]>();
  for (const a of areas) for (const t of a.targets) codes.set(t.code, [...(codes.get(t.code) ?? []), t.ref]);

  for (const area of areas) {
    const refs = area.targets.map((t) => t.ref);
    if ((areaCodes.get(area.code) ?? 0) > 1) {
      issues.push({ refs, areaCode: area.code, field: "areaCode", message: `领域编号「${area.code}」重复` });
    }
    if (area.targets.length === 0) {
      issues.push({ refs, areaCode: area.code, field: "area", message: `领域「${area.name}」至少要有一项指标` });
      continue;
    }
    if (!Number.isFinite(area.points) || area.points <= 0) {
      issues.push({ refs, areaCode: area.code, field: "areaPoints", message: `领域「${area.name}」的分值应为正数` });
    } else {
      const problem = rangeProblem(`领域「${area.name}」的分值`, area.points, AREA_POINTS_RANGE);
      if (problem) issues.push({ refs, areaCode: area.code, field: "areaPoints", message: problem });
    }
    for (const t of area.targets) {
      const w = windowProblem(t.startMonth, t.endMonth);
      if (w) issues.push({ refs: [t.ref], areaCode: area.code, field: "window", message: w });
      const o = ownersProblem(t.owners, t.unassigned);
      if (o) issues.push({ refs: [t.ref], areaCode: area.code, field: "owners", message: o });
      if (t.pointsOverride !== null && (!Number.isFinite(t.pointsOverride) || t.pointsOverride < 0)) {
        issues.push({ refs: [t.ref], areaCode: area.code, field: "points", message: "分值不能为负数" });
      } else if (t.pointsOverride !== null) {
        const problem = rangeProblem("分值", t.pointsOverride, POINTS_RANGE);
        if (problem) issues.push({ refs: [t.ref], areaCode: area.code, field: "points", message: problem });
      }
      const same = codes.get(t.code) ?? [];
      if (same.length > 1) {
        issues.push({ refs: [t.ref], areaCode: area.code, field: "code", message: `指标编号「${t.code}」在计划中重复` });
      }
    }
    if (Number.isFinite(area.points) && area.points > 0 && area.points <= AREA_POINTS_RANGE.max) {
      const check = checkAreaPoints(
        area.points,
        area.targets.map((t, i) => ({ id: String(i), pointsOverride: t.pointsOverride })),
      );
      if (!check.ok) {
        const given = area.targets.filter((t) => t.pointsOverride !== null).map((t) => t.ref);
        issues.push({
          refs: given.length ? given : refs,
          areaCode: area.code,
          field: "points",
          message: `领域「${area.name}」各指标分值之和为 ${fmt(check.sum)} 分，应等于领域分值 ${fmt(area.points)} 分`,
        });
      }
    }
  }
  return issues;
}
