import {
  computeScore,
  checkAreaWeights,
  effectiveScoreFloor,
  effectiveScoringRule,
  finalScore,
  gapsBySection,
  isScoringRule,
  scoreGap,
  selfAssessmentTotal,
  scoreTotals,
  type IsoDate,
  type ScoreBasis,
  type ScoreTotal,
  type ScoringRule,
} from "../../domain";
import { isExternalResult, yearEndGrade, type ExternalResult, type GradeBands, type YearEndGrade } from "../../domain/grade";
import type { UnitRef } from "../access/scope";
import { notFound } from "../errors";
import { loadPlanState, type AreaInfo, type PlanInfoView } from "../plan-state/load-plan-state";
import { readScoringConfig } from "./read-scoring-config";
import { evaluateTarget, type SectionView, type TargetProgressView } from "../plan-state/target-view";

/** One line of the 年终考评计分表: the target evaluated at asOf and scored under its rule. */
export interface ScoreRowView {
  progress: TargetProgressView;
  areaName: string;
  category: AreaInfo["category"];
  rule: ScoringRule;
  /** Target.scoringRule; null = the default for the kind */
  configuredRule: ScoringRule | null;
  floor: number;
  /** Target.scoreFloor; null = the plan's */
  configuredFloor: number | null;
  points: number;
  /** Target.pointsOverride; null = an equal share of the area */
  pointsOverride: number | null;
  /** exact; the UI rounds to two decimals */
  computedScore: number;
  basis: ScoreBasis;
  pending: boolean;
  declaredScore: number | null;
  /** the assessors' adjusted score (TargetScore.finalScore); null = none */
  adjustedScore: number | null;
  /** what counts: adjustedScore when set, else computedScore */
  finalScore: number;
  reason: string | null;
  /** TargetScore.version; 0 while the target has no score entry */
  version: number;
  updatedById: string | null;
  updatedAt: Date | null;
  selfScore: number | null;
  selfJustification: string | null;
  selfById: string | null;
  selfAt: Date | null;
  selfVersion: number;
  /** selfScore − finalScore (the awarded score) */
  gap: number | null;
  /** 省厅评分 (a city's plan scored by the province's 考核组); null = not scored by the province */
  provinceScore: number | null;
  provinceReason: string | null;
  provinceById: string | null;
  provinceAt: Date | null;
  provinceVersion: number;
  /** the plan's unit and its parent, for the "supervise" rule (viewerCanProvinceScore) */
  planUnit: UnitRef;
}

export interface SectionGapView {
  section: SectionView | null;
  compared: number;
  selfTotal: number;
  awardedTotal: number;
  gap: number;
}

export interface ScoreTotalView {
  points: number;
  computedScore: number;
  finalScore: number;
  pending: number;
  /** 自评分 summed over the self-assessed targets below; null when none */
  selfScore: number | null;
  /** their gaps summed; null when none */
  gap: number | null;
}

export interface ScoreAreaView extends AreaInfo {
  subtotal: ScoreTotalView;
  /** what the targets' points add up to; differs from points only when misconfigured */
  pointsSum: number;
  weightsValid: boolean;
  rows: ScoreRowView[];
}

type ExternalRow = { year: number; result: string; documentRef: string; version: number };

export interface SheetGradeView extends YearEndGrade {
  bands: GradeBands;
  /** the unit's 市州人民政府绩效考核结果 for the plan year; null = not recorded */
  external: { result: ExternalResult; documentRef: string; version: number } | null;
}

export interface ScoreSheetView {
  plan: PlanInfoView;
  asOf: IsoDate;
  scoreFloor: number;
  areas: ScoreAreaView[];
  rows: ScoreRowView[];
  work: ScoreTotalView;
  funding: ScoreTotalView;
  overall: ScoreTotalView;
  sectionGaps: SectionGapView[];
  /** false once the year-end review (年终考评) is closed */
  selfAssessmentOpen: boolean;
  /** 年终等次 and what it rests on */
  grade: SheetGradeView;
}

/** Year-end scoring is done on the figures as the year ended. */
export const yearEnd = (year: number): IsoDate => `${year}-12-31`;

/**
 * The year-end score sheet: every target evaluated at asOf (31 December of the plan year unless given)
 * exactly as the dashboard evaluates it (loadPlanState + evaluateTarget), then scored by lib/domain/scoring,
 * with subtotals per area, 工作业绩, 科技投入与保障 and overall. A fixed number of queries whatever the plan's
 * size: the plan state plus one query for the scoring configuration and the assessors' entries.
 */
export async function findScoreSheet(options: { planId: string; asOf?: IsoDate | null }): Promise<ScoreSheetView> {
  const [state, scoring] = await Promise.all([loadPlanState(options.planId), readScoringConfig(options.planId)]);
  if (!scoring) throw notFound("noun.plan");
  const asOf = options.asOf ?? yearEnd(state.plan.year);
  const planUnit = { unitId: scoring.unit.id, parentUnitId: scoring.unit.parentId, parentLevel: scoring.unit.parent?.level ?? null };
  const configOf = new Map(scoring.targets.map((t) => [t.id, t]));
  const areaOf = new Map(state.areas.map((a) => [a.id, a]));

  const rows: ScoreRowView[] = state.targets.map((target) => {
    const config = configOf.get(target.id)!;
    const area = areaOf.get(target.areaId)!;
    const progress = evaluateTarget(target, state.pointsByTarget.get(target.id) ?? [], asOf, state.plan.behindMargin);
    const rule = effectiveScoringRule(target.kind, config.scoringRule);
    const floor = effectiveScoreFloor(scoring.scoreFloor, config.scoreFloor);
    const entry = config.score;
    const computed = computeScore({
      rule,
      points: target.points,
      ratio: progress.ratio,
      floor,
      declaredScore: entry?.declaredScore ?? null,
      active: target.applicability === "ACTIVE",
    });
    const adjusted = entry?.finalScore ?? null;
    const awarded = finalScore(computed.score, adjusted, target.points);
    const self = entry?.selfScore ?? null;
    return {
      progress,
      areaName: area.name,
      category: area.category,
      rule,
      configuredRule: isScoringRule(config.scoringRule) ? config.scoringRule : null,
      floor,
      configuredFloor: config.scoreFloor,
      points: target.points,
      pointsOverride: config.pointsOverride,
      computedScore: computed.score,
      basis: computed.basis,
      pending: computed.pending,
      declaredScore: entry?.declaredScore ?? null,
      adjustedScore: adjusted,
      finalScore: awarded,
      reason: entry?.reason ?? null,
      version: entry?.version ?? 0,
      // version 0: the row holds only the section's self-assessment, the assessors have entered nothing
      updatedById: entry && entry.version > 0 ? entry.updatedById : null,
      updatedAt: entry && entry.version > 0 ? entry.updatedAt : null,
      selfScore: self,
      selfJustification: entry?.selfJustification ?? null,
      selfById: entry?.selfById ?? null,
      selfAt: entry?.selfAt ?? null,
      selfVersion: entry?.selfVersion ?? 0,
      gap: scoreGap(self, awarded),
      provinceScore: entry?.provinceScore ?? null,
      provinceReason: entry?.provinceReason ?? null,
      provinceById: entry?.provinceById ?? null,
      provinceAt: entry?.provinceAt ?? null,
      provinceVersion: entry?.provinceVersion ?? 0,
      planUnit,
    };
  });

  // an area is assessed out of its points less what inactive targets took out of the total
  const totals = scoreTotals(
    state.areas.map((a) => ({ ...a, points: a.maxPoints })),
    rows.map((r) => ({ areaId: r.progress.target.areaId, computed: r.computedScore, final: r.finalScore, pending: r.pending })),
  );
  return {
    plan: state.plan,
    asOf,
    scoreFloor: scoring.scoreFloor,
    areas: state.areas.map((area) => {
      const inArea = rows.filter((r) => r.progress.target.areaId === area.id);
      const weights = checkAreaWeights(
        area.points,
        inArea.map((r) => ({ id: r.progress.target.id, pointsOverride: r.pointsOverride })),
      );
      return {
        ...area,
        subtotal: totalView(totals.byArea.get(area.id)!, inArea),
        pointsSum: weights.sum,
        weightsValid: weights.ok,
        rows: inArea,
      };
    }),
    rows,
    work: totalView(
      totals.work,
      rows.filter((r) => r.category === "WORK"),
    ),
    funding: totalView(
      totals.funding,
      rows.filter((r) => r.category === "FUNDING"),
    ),
    overall: totalView(totals.overall, rows),
    sectionGaps: sectionGaps(rows),
    selfAssessmentOpen: scoring.reviews.length === 0,
    grade: sheetGrade(rows, totals.overall, scoring, state.plan.year),
  };
}

/** The year-end grade under the plan's bands and the unit's 市州人民政府绩效考核结果 of the plan year. */
function sheetGrade(
  rows: readonly ScoreRowView[],
  overall: ScoreTotal,
  plan: { gradeExcellentAt: number; gradeGoodAt: number; gradePassAt: number; unit: { externalResults: ExternalRow[] } },
  year: number,
): SheetGradeView {
  const bands = { excellentAt: plan.gradeExcellentAt, goodAt: plan.gradeGoodAt, passAt: plan.gradePassAt };
  const found = plan.unit.externalResults.find((r) => r.year === year);
  const external = found && isExternalResult(found.result) ? { ...found, result: found.result } : null;
  return { ...yearEndGrade(rows, overall.points, overall.final, bands, external?.result ?? null), bands, external };
}

function sectionGaps(rows: ScoreRowView[]): SectionGapView[] {
  const sections = new Map<string, SectionView>();
  for (const r of rows) for (const o of r.progress.target.owners) sections.set(o.id, o);
  return gapsBySection(
    rows.map((r) => ({
      sectionKeys: r.progress.target.owners.length ? r.progress.target.owners.map((o) => o.id) : [""],
      selfScore: r.selfScore,
      awarded: r.finalScore,
    })),
  ).map((g) => ({
    section: sections.get(g.sectionKey) ?? null,
    compared: g.compared,
    selfTotal: g.selfTotal,
    awardedTotal: g.awardedTotal,
    gap: g.gap,
  }));
}

function totalView(t: ScoreTotal, rows: readonly ScoreRowView[]): ScoreTotalView {
  const self = selfAssessmentTotal(rows);
  return {
    points: t.points,
    computedScore: t.computed,
    finalScore: t.final,
    pending: t.pending,
    selfScore: self?.selfScore ?? null,
    gap: self?.gap ?? null,
  };
}
