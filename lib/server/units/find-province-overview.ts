import { defaultAsOf, roundPoints, summarizeTargets, type IsoDate, type TargetStatus } from "../../domain";
import { rankByTotal } from "../../domain/grade";
import { todayIso } from "../db-dates";
import { db } from "../db";
import { msg } from "../../i18n/message-text";
import { AppError } from "../errors";
import { findReportingDiscipline } from "../discipline/find-reporting-discipline";
import { loadPlanState } from "../plan-state/load-plan-state";
import { findScoreSheet, type SheetGradeView } from "../scores/find-score-sheet";

export interface CityAreaScore {
  code: string;
  name: string;
  maxPoints: number;
  /** the city's own final subtotal */
  unitScore: number;
  /** the province's subtotal (its scores, the city's where it left a target unscored); null before it scored */
  provinceScore: number | null;
}

export interface CityRow {
  /** the province the page is for (viewerCanAssess asks the "supervise" rule with it) */
  provinceId: string;
  unit: { id: string; name: string; isDemo: boolean };
  plan: { id: string; title: string };
  rank: number;
  total: number;
  grade: SheetGradeView;
  areas: CityAreaScore[];
  /** points-weighted completion at asOf, 0–1 */
  completion: number;
  statusCounts: Record<TargetStatus, number>;
  /** 报送纪律: on time ÷ due; null when nothing was due */
  onTimeRate: number | null;
  completeness: number | null;
  openRectifications: number;
}

export interface SharedTargetCell {
  unitId: string;
  targetId: string;
  ratio: number | null;
  status: TargetStatus;
  latestValue: number | null;
  finalScore: number;
}

export interface SharedTarget {
  title: string;
  measureUnit: string | null;
  cells: SharedTargetCell[];
}

export interface ProvinceOverviewView {
  unit: { id: string; name: string };
  year: number;
  asOf: IsoDate;
  /** years for which a city below has a plan, newest first */
  years: number[];
  cities: CityRow[];
  /** targets two or more cities' plans share (by title), each city's figure side by side */
  sharedTargets: SharedTarget[];
}

/**
 * 省厅's page: every city bureau's plan of a year side by side — the year-end total and grade (lib/domain/grade.ts,
 * from the province's scores once it has scored), per-area subtotals, completion and status counts at asOf, 报送纪律
 * and open rectifications — ranked; and the targets their plans share. The operation checked the caller reads
 * this province (its own unit); the cities below are read through it, never a sibling province's.
 */
export async function findProvinceOverview(options: {
  unitId: string;
  year?: number | null;
  asOf?: IsoDate | null;
}): Promise<ProvinceOverviewView> {
  const unit = await db.unit.findUnique({ where: { id: options.unitId }, select: { id: true, name: true, level: true } });
  if (!unit || unit.level !== "PROVINCE")
    throw new AppError("BAD_USER_INPUT", msg("province.notProvince"), { fields: { unitId: msg("province.notProvinceShort") } });
  const plans = await db.plan.findMany({
    where: { unit: { parentId: unit.id } },
    select: { id: true, year: true, title: true, unit: { select: { id: true, name: true } } },
    orderBy: { year: "desc" },
  });
  const years = [...new Set(plans.map((p) => p.year))];
  const year = options.year ?? years[0] ?? new Date().getFullYear();
  const asOf = options.asOf ?? defaultAsOf(year, todayIso());
  const ofYear = plans.filter((p) => p.year === year);
  const rows = [];
  const shared = new Map<string, SharedTarget>();
  for (const p of ofYear) {
    const state = await loadPlanState(p.id);
    const [yearEnd, now, discipline, openRectifications] = await Promise.all([
      findScoreSheet({ planId: p.id }),
      findScoreSheet({ planId: p.id, asOf }),
      findReportingDiscipline({ planId: p.id, asOf, state }),
      db.rectification.count({ where: { target: { planId: p.id }, status: { not: "CLOSED" } } }),
    ]);
    const summary = summarizeTargets(now.rows.map((r) => ({ status: r.progress.status, points: r.points, ratio: r.progress.ratio })));
    const statusCounts = Object.fromEntries(Object.entries(summary.byStatus).map(([s, v]) => [s, v.count])) as Record<TargetStatus, number>;
    const provinceScored = yearEnd.grade.provinceTotal !== null;
    rows.push({
      provinceId: unit.id,
      unit: { id: p.unit.id, name: p.unit.name, isDemo: p.unit.name.includes("（演示）") },
      plan: { id: p.id, title: p.title },
      name: p.unit.name,
      total: yearEnd.grade.total,
      grade: yearEnd.grade,
      areas: yearEnd.areas.map((a) => ({
        code: a.code,
        name: a.name,
        maxPoints: a.maxPoints,
        unitScore: a.subtotal.finalScore,
        provinceScore: provinceScored ? roundPoints(a.rows.reduce((s, r) => s + (r.provinceScore ?? r.finalScore), 0)) : null,
      })),
      completion: summary.completion,
      statusCounts,
      onTimeRate: discipline.rates.onTimeRate,
      completeness: discipline.rates.completeness,
      openRectifications,
    });
    for (const r of now.rows) {
      const t = r.progress.target;
      const entry = shared.get(t.title) ?? { title: t.title, measureUnit: t.measureUnit, cells: [] };
      entry.cells.push({
        unitId: p.unit.id,
        targetId: t.id,
        ratio: r.progress.ratio,
        status: r.progress.status,
        latestValue: r.progress.value,
        finalScore: r.finalScore,
      });
      shared.set(t.title, entry);
    }
  }
  const cities = rankByTotal(rows).map(({ name: _name, ...r }) => r);
  return {
    unit: { id: unit.id, name: unit.name },
    year,
    asOf,
    years,
    cities,
    sharedTargets: [...shared.values()].filter((s) => s.cells.length >= 2),
  };
}
