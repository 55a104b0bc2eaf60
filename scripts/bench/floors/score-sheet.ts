// The year-end score sheet's floor: planTargetsSql at 31 December with each target's scoring configuration and
// assessors' entries, the plan's bands and the unit's 市州人民政府绩效考核结果 in the same statement; then the
// domain's scoring (computeScore, finalScore, scoreTotals, gapsBySection, yearEndGrade) in one pass.
import {
  computeScore,
  effectiveAreaPoints,
  effectiveScoreFloor,
  effectiveScoringRule,
  finalScore,
  gapsBySection,
  isExternalResult,
  scoreGap,
  scoreTotals,
  yearEndGrade,
} from "../../../lib/domain";
import type { ScoreSheetView } from "../../../lib/server/scores/find-score-sheet";
import { evaluateTarget } from "../../../lib/server/plan-state/target-view";
import type { RawDb } from "../raw-sql";
import { floorTargets, planTargetsParams, planTargetsSql, type PlanTargetRaw } from "./plan-targets";

interface ScoreRaw extends PlanTargetRaw {
  areaCategory: string;
  planScoreFloor: number;
  declaredScore: number | null;
  adjustedScore: number | null;
  selfScore: number | null;
  provinceScore: number | null;
  excellentAt: number;
  goodAt: number;
  passAt: number;
  externalResult: string | null;
}

const SCORING = {
  select: `, a.category AS "areaCategory", p."scoreFloor" AS "planScoreFloor", sc."declaredScore", sc."finalScore" AS "adjustedScore",
  sc."selfScore", sc."provinceScore", p."gradeExcellentAt" AS "excellentAt", p."gradeGoodAt" AS "goodAt", p."gradePassAt" AS "passAt",
  x.result AS "externalResult"`,
  join: `LEFT JOIN "TargetScore" sc ON sc."targetId" = t.id
LEFT JOIN "ExternalAssessment" x ON x."unitId" = p."unitId" AND x.year = p.year`,
};

export async function scoreSheetFloor(raw: RawDb, planId: string, year: number) {
  const asOf = `${year}-12-31`;
  const rows = await raw.query<ScoreRaw>(planTargetsSql(raw, SCORING), planTargetsParams(planId, asOf));
  const targets = floorTargets(rows);
  const lines = targets.map(({ raw: r, view, points }) => {
    const progress = evaluateTarget(view, points, asOf, r.behindMargin);
    const computed = computeScore({
      rule: effectiveScoringRule(view.kind, r.scoringRule as string | null),
      points: view.points,
      ratio: progress.ratio,
      floor: effectiveScoreFloor(r.planScoreFloor, r.scoreFloor as number | null),
      declaredScore: r.declaredScore,
      active: view.applicability === "ACTIVE",
    });
    const awarded = finalScore(computed.score, r.adjustedScore, view.points);
    return {
      view,
      category: r.areaCategory,
      computed,
      awarded,
      selfScore: r.selfScore,
      gap: scoreGap(r.selfScore, awarded),
      provinceScore: r.provinceScore,
    };
  });
  const areas = new Map<string, { id: string; category: "WORK" | "FUNDING"; points: number }>();
  for (const t of targets) {
    if (areas.has(t.view.areaId)) continue;
    const inArea = targets.filter((o) => o.view.areaId === t.view.areaId).map((o) => o.raw);
    const category = t.raw.areaCategory as "WORK" | "FUNDING";
    areas.set(t.view.areaId, { id: t.view.areaId, category, points: effectiveAreaPoints(t.raw.areaPoints, inArea).areaMax });
  }
  const totals = scoreTotals(
    [...areas.values()],
    lines.map((l) => ({ areaId: l.view.areaId, computed: l.computed.score, final: l.awarded, pending: l.computed.pending })),
  );
  const first = rows[0];
  const bands = { excellentAt: first.excellentAt, goodAt: first.goodAt, passAt: first.passAt };
  const external = isExternalResult(first.externalResult) ? first.externalResult : null;
  const gaps = gapsBySection(
    lines.map((l) => ({
      sectionKeys: l.view.owners.length ? l.view.owners.map((o) => o.id) : [""],
      selfScore: l.selfScore,
      awarded: l.awarded,
    })),
  );
  return {
    rows: lines.map((l) => [l.view.id, l.computed.score, l.computed.basis, l.computed.pending, l.awarded, l.gap]),
    totals: [totals.work, totals.funding, totals.overall],
    sectionGaps: gaps.map((g) => [g.sectionKey, g.compared, g.selfTotal, g.awardedTotal, g.gap]),
    grade: yearEndGrade(
      lines.map((l) => ({ finalScore: l.awarded, provinceScore: l.provinceScore })),
      totals.overall.points,
      totals.overall.final,
      bands,
      external,
    ).grade,
  };
}

export function scoreSheetFigures(sheet: ScoreSheetView) {
  const total = (t: ScoreSheetView["overall"]) => ({
    points: t.points,
    computed: t.computedScore,
    final: t.finalScore,
    pending: t.pending,
  });
  return {
    rows: sheet.rows.map((r) => [r.progress.target.id, r.computedScore, r.basis, r.pending, r.finalScore, r.gap]),
    totals: [total(sheet.work), total(sheet.funding), total(sheet.overall)],
    sectionGaps: sheet.sectionGaps.map((g) => [g.section?.id ?? "", g.compared, g.selfTotal, g.awardedTotal, g.gap]),
    grade: sheet.grade.grade,
  };
}
