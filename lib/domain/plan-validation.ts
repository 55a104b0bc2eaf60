import { isValidWindow } from "./month-window";
import { pointsSumMatches, splitAreaPoints } from "./points";
import type { TargetKind } from "./types";
import { AREA_POINTS_RANGE, baselineRange, POINTS_RANGE, rangeProblem, targetValueRange } from "./value-ranges";
import { monthMsg, msg, msgAt } from "../i18n/message-text";

/**
 * The rules a plan must satisfy whoever writes it — the editor, a copy, an import: windows inside the year,
 * targets measured in a way their kind allows, owners given (or 未指定 on purpose), codes unique, and the
 * points of each area adding up. Pure: callers pass drafts and get catalogue messages (lib/i18n/message-text.ts,
 * put into words in the reader's language where they are shown) with references back (a row number for an
 * import, a target id for the editor) and decide how to show them.
 */

/** How a target with no owning section is written in a template and shown in the app. */
export const UNASSIGNED = "未指定";

/** Both months or neither (未指定 = the whole year); integers with 1 ≤ start ≤ end ≤ 12. */
export function windowProblem(startMonth: number | null, endMonth: number | null): string | null {
  if (startMonth === null && endMonth === null) return null;
  if (startMonth === null || endMonth === null) return msg("plan.windowBothOrNeither");
  if (!Number.isInteger(startMonth) || !Number.isInteger(endMonth) || startMonth < 1 || startMonth > 12 || endMonth < 1 || endMonth > 12) {
    return msg("plan.monthsInteger");
  }
  if (!isValidWindow({ year: 2000, startMonth, endMonth }))
    return msg("plan.startAfterEnd", { start: monthMsg(startMonth), end: monthMsg(endMonth) });
  return null;
}

/**
 * Every target names at least one owning section, or is explicitly 未指定 (stored as no owners). An empty
 * list without the explicit flag is a mistake, not a decision.
 */
export function ownersProblem(owners: readonly string[], unassigned: boolean): string | null {
  if (unassigned && owners.length > 0) return msg("plan.unassignedWithOwners", { unassigned: msgAt("unassigned") });
  if (!unassigned && owners.length === 0) return msg("plan.ownersRequired", { unassigned: msgAt("unassigned") });
  const seen = new Set<string>();
  for (const o of owners) {
    if (seen.has(o)) return msg("plan.ownerRepeated", { name: o });
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
      out.push({
        field: "targetValue",
        message: m.kind === "GROWTH_PCT" ? msg("plan.growthNeedsTarget") : msg("v.required", { what: msg("field.targetValue") }),
      });
    else if (!Number.isFinite(m.targetValue) || m.targetValue <= 0)
      out.push({ field: "targetValue", message: msg("v.positive", { what: msg("field.targetValue") }) });
    else if (m.kind === "COUNT" && !Number.isInteger(m.targetValue))
      out.push({ field: "targetValue", message: msg("plan.countTargetInteger") });
    else {
      const problem = rangeProblem(msg(m.kind === "GROWTH_PCT" ? "field.targetGrowth" : "field.targetValue"), m.targetValue, range);
      if (problem) out.push({ field: "targetValue", message: problem });
    }
  } else if (m.targetValue !== null) {
    out.push({ field: "targetValue", message: msg("plan.noTargetValue") });
  }
  if (m.baselineValue !== null) {
    if (m.kind !== "GROWTH_PCT") out.push({ field: "baselineValue", message: msg("plan.baselineGrowthOnly") });
    else if (!Number.isFinite(m.baselineValue) || m.baselineValue <= 0)
      out.push({ field: "baselineValue", message: msg("v.positive", { what: msg("field.baseline") }) });
    else {
      const problem = rangeProblem(msg("field.baseline"), m.baselineValue, baselineRange(m.measureUnit));
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
      issues.push({ refs, areaCode: area.code, field: "areaCode", message: msg("plan.areaCodeRepeated", { code: area.code }) });
    }
    if (area.targets.length === 0) {
      issues.push({ refs, areaCode: area.code, field: "area", message: msg("plan.areaNeedsTarget", { name: area.name }) });
      continue;
    }
    const areaPoints = msg("plan.areaPointsOf", { name: area.name });
    if (!Number.isFinite(area.points) || area.points <= 0) {
      issues.push({ refs, areaCode: area.code, field: "areaPoints", message: msg("v.positive", { what: areaPoints }) });
    } else {
      const problem = rangeProblem(areaPoints, area.points, AREA_POINTS_RANGE);
      if (problem) issues.push({ refs, areaCode: area.code, field: "areaPoints", message: problem });
    }
    for (const t of area.targets) {
      const w = windowProblem(t.startMonth, t.endMonth);
      if (w) issues.push({ refs: [t.ref], areaCode: area.code, field: "window", message: w });
      const o = ownersProblem(t.owners, t.unassigned);
      if (o) issues.push({ refs: [t.ref], areaCode: area.code, field: "owners", message: o });
      if (t.pointsOverride !== null && (!Number.isFinite(t.pointsOverride) || t.pointsOverride < 0)) {
        issues.push({ refs: [t.ref], areaCode: area.code, field: "points", message: msg("points.negative") });
      } else if (t.pointsOverride !== null) {
        const problem = rangeProblem(msg("field.points"), t.pointsOverride, POINTS_RANGE);
        if (problem) issues.push({ refs: [t.ref], areaCode: area.code, field: "points", message: problem });
      }
      const same = codes.get(t.code) ?? [];
      if (same.length > 1) {
        issues.push({ refs: [t.ref], areaCode: area.code, field: "code", message: msg("plan.codeRepeated", { code: t.code }) });
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
          message: msg("plan.areaSumMismatch", { name: area.name, sum: fmt(check.sum), points: fmt(area.points) }),
        });
      }
    }
  }
  return issues;
}
