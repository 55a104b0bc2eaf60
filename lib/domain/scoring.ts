import { isComplete, RATIO_EPSILON } from "./completion";
import { pointsSumMatches, splitAreaPoints } from "./points";
import { roundPoints } from "./summary";
import type { TargetKind } from "./types";

/**
 * Year-end scoring (年终考评): how the points a target carries turn into the score it earns.
 *
 * - PROPORTIONAL (counts, amounts, growth): a target reached (≥ 100%) earns its full points; between the
 *   floor and 100% it earns points × completion; below the floor, or with nothing reported, it earns 0.
 * - ALL_OR_NOTHING (milestones): full points when done, else 0.
 * - DECLARATION (创新创优 "年末申报"): the score the assessors declare from the year-end declaration,
 *   clamped to [0, points]; until they declare one it scores 0 and is flagged as pending.
 *
 * The computed score is derived, never stored. The assessors may set an adjusted score, which then is the
 * final one; a final score that differs from the computed one needs a written reason (the services check).
 */
export type ScoringRule = "PROPORTIONAL" | "ALL_OR_NOTHING" | "DECLARATION";

export const SCORING_RULES: readonly ScoringRule[] = ["PROPORTIONAL", "ALL_OR_NOTHING", "DECLARATION"];

/** The plan's default floor (Plan.scoreFloor): below 60% completion a proportional target scores 0. */
export const DEFAULT_SCORE_FLOOR = 0.6;

/** Why a target earned what it earned; shown next to the score so nobody has to redo the arithmetic. */
export type ScoreBasis =
  /** reached ≥ 100% (or the milestone is done): full points, over-fulfilment never adds more */
  | "FULL"
  /** floor ≤ completion < 100%: points × completion */
  | "PROPORTIONAL"
  /** completion below the floor: 0 */
  | "BELOW_FLOOR"
  /** nothing reported (or completion not computable, e.g. a growth target without baseline): 0 */
  | "NO_VALUE"
  /** milestone reported as not done: 0 */
  | "NOT_DONE"
  /** the assessors' declared score */
  | "DECLARED"
  /** declaration still missing: 0 for now, pending */
  | "NOT_DECLARED"
  /** not applicable or suspended: carries no points (lib/domain/applicability.ts) */
  | "INACTIVE";

/** The rule a kind is scored by unless the target says otherwise. */
export function defaultScoringRule(kind: TargetKind): ScoringRule {
  switch (kind) {
    case "COUNT":
    case "AMOUNT":
    case "GROWTH_PCT":
      return "PROPORTIONAL";
    case "MILESTONE":
      return "ALL_OR_NOTHING";
    case "DECLARATION":
      return "DECLARATION";
  }
}

export function isScoringRule(v: unknown): v is ScoringRule {
  return typeof v === "string" && (SCORING_RULES as readonly string[]).includes(v);
}

/** Target.scoringRule when set (and valid), else the default for the target's kind. */
export function effectiveScoringRule(kind: TargetKind, configured: string | null | undefined): ScoringRule {
  return isScoringRule(configured) ? configured : defaultScoringRule(kind);
}

/** Target.scoreFloor overrides the plan's floor; both are shares (0.6 = 60%). */
export function effectiveScoreFloor(planFloor: number, targetFloor: number | null | undefined): number {
  return targetFloor ?? planFloor;
}

export interface ScoreInput {
  rule: ScoringRule;
  /** the points the target carries (its override or its equal share of the area) */
  points: number;
  /** completion at the as-of date, uncapped (completionRatio); null when unknown */
  ratio: number | null;
  /** share (0–1) below which a PROPORTIONAL target scores 0 */
  floor: number;
  /** DECLARATION only: the assessors' declared score, null until declared */
  declaredScore: number | null;
  /** false for a target marked not applicable or suspended: it scores nothing and is not pending */
  active?: boolean;
}

export interface ComputedScore {
  /** exact, not rounded: sums are taken over exact values (roundScore is for display) */
  score: number;
  basis: ScoreBasis;
  /** a declaration target without a declared score: it counts 0 until the assessors declare */
  pending: boolean;
}

const clamp = (v: number, min: number, max: number) => Math.min(Math.max(v, min), max);

/** The computed score of one target under its rule (see the rules at the top of this file). */
export function computeScore(input: ScoreInput): ComputedScore {
  const { rule, points, ratio, floor, declaredScore, active = true } = input;
  if (!active) return { score: 0, basis: "INACTIVE", pending: false };
  switch (rule) {
    case "DECLARATION":
      // Declared scores are clamped rather than trusted: points may have been reconfigured after declaring.
      if (declaredScore === null || !Number.isFinite(declaredScore)) return { score: 0, basis: "NOT_DECLARED", pending: true };
      return { score: clamp(declaredScore, 0, points), basis: "DECLARED", pending: false };
    case "ALL_OR_NOTHING":
      if (ratio === null) return { score: 0, basis: "NO_VALUE", pending: false };
      return isComplete(ratio) ? { score: points, basis: "FULL", pending: false } : { score: 0, basis: "NOT_DONE", pending: false };
    case "PROPORTIONAL":
      if (ratio === null) return { score: 0, basis: "NO_VALUE", pending: false };
      // isComplete absorbs float error (10% growth on 62 firms is 68.2, not exactly 10%): met on paper = full.
      if (isComplete(ratio)) return { score: points, basis: "FULL", pending: false };
      // Exactly on the floor counts (3 of 5 = 60% with a 60% floor scores 60% of the points).
      if (ratio < floor - RATIO_EPSILON) return { score: 0, basis: "BELOW_FLOOR", pending: false };
      return { score: points * ratio, basis: "PROPORTIONAL", pending: false };
  }
}

/**
 * The score that counts: the assessors' adjusted score when they set one, else the computed score.
 * Clamped to [0, points] like a declaration, in case the points were reconfigured after adjusting.
 */
export function finalScore(computed: number, adjusted: number | null, points: number): number {
  return adjusted === null ? computed : clamp(adjusted, 0, points);
}

/** Scores are shown with two decimals: 16.666… → 16.67. Float noise is removed first (1.005 → 1.01). */
export function roundScore(score: number): number {
  return Math.round(roundPoints(score * 100)) / 100;
}

/**
 * Whether an assessor's adjustment must say why: always when it clears an earlier adjustment, and when the
 * new final score differs from the computed one as displayed (two decimals). Confirming the computed score
 * as it stands needs no reason.
 */
export function adjustmentNeedsReason(computed: number, previousAdjusted: number | null, nextAdjusted: number | null): boolean {
  if (nextAdjusted === null) return previousAdjusted !== null;
  return roundScore(nextAdjusted) !== roundScore(computed);
}

export interface ScoreTotal {
  /** the maximum: the area's points (or the sum of the areas') */
  points: number;
  computed: number;
  final: number;
  /** targets still awaiting a declaration */
  pending: number;
}

export interface ScoredArea {
  id: string;
  category: "WORK" | "FUNDING";
  points: number;
}

export interface ScoredLine {
  areaId: string;
  computed: number;
  final: number;
  pending: boolean;
}

export interface ScoreTotals {
  byArea: Map<string, ScoreTotal>;
  /** 工作业绩: the WORK areas (480 in 2013) */
  work: ScoreTotal;
  /** 科技投入与保障: the FUNDING areas (200 in 2013) */
  funding: ScoreTotal;
  /** 总分 (680 in 2013) */
  overall: ScoreTotal;
}

/**
 * Subtotals per area, for 工作业绩 (category WORK), 科技投入与保障 (FUNDING) and overall. Every level sums the
 * exact scores of its targets (never the rounded subtotals below it) and is then rounded to 1e-6 like
 * points (roundPoints), so 6 × 100/6 totals 100 and the display rounding never accumulates.
 */
export function scoreTotals(areas: ScoredArea[], lines: ScoredLine[]): ScoreTotals {
  const raw = new Map(areas.map((a) => [a.id, { points: a.points, computed: 0, final: 0, pending: 0 }]));
  for (const line of lines) {
    const t = raw.get(line.areaId);
    if (!t) continue;
    t.computed += line.computed;
    t.final += line.final;
    t.pending += line.pending ? 1 : 0;
  }
  const sum = (ids: string[]) => {
    const total = { points: 0, computed: 0, final: 0, pending: 0 };
    for (const id of ids) {
      const t = raw.get(id)!;
      total.points += t.points;
      total.computed += t.computed;
      total.final += t.final;
      total.pending += t.pending;
    }
    return rounded(total);
  };
  const ofCategory = (c: ScoredArea["category"]) => areas.filter((a) => a.category === c).map((a) => a.id);
  return {
    byArea: new Map([...raw].map(([id, t]) => [id, rounded(t)])),
    work: sum(ofCategory("WORK")),
    funding: sum(ofCategory("FUNDING")),
    overall: sum(areas.map((a) => a.id)),
  };
}

function rounded(t: ScoreTotal): ScoreTotal {
  return { points: roundPoints(t.points), computed: roundPoints(t.computed), final: roundPoints(t.final), pending: t.pending };
}

export interface AreaWeightCheck {
  ok: boolean;
  /** what the targets' points add up to (overrides plus equal shares of the rest), rounded like points */
  sum: number;
  areaPoints: number;
}

/**
 * Per-target points (pointsOverride) must add up to the area's points: targets without an override share
 * what is left (splitAreaPoints), so the check fails when overrides exceed the area, or when every target
 * has one and they fall short of it.
 */
export function checkAreaWeights(areaPoints: number, targets: { id: string; pointsOverride: number | null }[]): AreaWeightCheck {
  const split = splitAreaPoints(areaPoints, targets);
  let sum = 0;
  for (const v of split.values()) sum += v;
  return { ok: pointsSumMatches(areaPoints, split.values()), sum: roundPoints(sum), areaPoints };
}

/**
 * Self-assessment against the awarded score: before the year-end assessment each section enters what it
 * believes a target earned; the gap is self − awarded (positive: the section rated itself higher). null
 * while either is missing.
 */
export function scoreGap(selfScore: number | null, awarded: number | null): number | null {
  if (selfScore === null || awarded === null) return null;
  return roundPoints(selfScore - awarded);
}

export interface SectionGap {
  sectionKey: string;
  /** targets with both scores */
  compared: number;
  selfTotal: number;
  awardedTotal: number;
  /** selfTotal − awardedTotal over the compared targets */
  gap: number;
}

/**
 * Gaps summed per section over the targets it owns that have both a self score and an awarded score; a
 * jointly owned target counts for each of its sections (as on the dashboard).
 */
export function gapsBySection(
  rows: readonly { sectionKeys: readonly string[]; selfScore: number | null; awarded: number }[],
): SectionGap[] {
  const by = new Map<string, SectionGap>();
  for (const r of rows) {
    if (r.selfScore === null) continue;
    for (const key of r.sectionKeys) {
      const g = by.get(key) ?? { sectionKey: key, compared: 0, selfTotal: 0, awardedTotal: 0, gap: 0 };
      g.compared += 1;
      g.selfTotal += r.selfScore;
      g.awardedTotal += r.awarded;
      by.set(key, g);
    }
  }
  return [...by.values()].map((g) => ({
    ...g,
    selfTotal: roundPoints(g.selfTotal),
    awardedTotal: roundPoints(g.awardedTotal),
    gap: roundPoints(g.selfTotal - g.awardedTotal),
  }));
}

/**
 * 自评分 and 差值 of a subtotal or total line: the self scores entered and the sum of their gaps, over the
 * self-assessed targets only (a target without a self score counts nothing); null when none has one.
 */
export function selfAssessmentTotal(
  rows: readonly { selfScore: number | null; gap: number | null }[],
): { selfScore: number; gap: number } | null {
  const assessed = rows.filter((r) => r.selfScore !== null);
  if (assessed.length === 0) return null;
  return {
    selfScore: roundPoints(assessed.reduce((sum, r) => sum + r.selfScore!, 0)),
    gap: roundPoints(assessed.reduce((sum, r) => sum + (r.gap ?? 0), 0)),
  };
}
