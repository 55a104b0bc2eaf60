// The dashboard's floor: planTargetsSql (one statement) and the domain's evaluation of every target in one pass,
// with the totals per plan, area and owning section — and the figures both sides are compared on.
import type { IsoDate } from "../../../lib/domain";
import type { PlanDashboardView } from "../../../lib/server/plans/find-plan-dashboard";
import { evaluateTarget, summaryView, type TargetProgressView } from "../../../lib/server/plan-state/target-view";
import type { RawDb } from "../raw-sql";
import { floorTargets, planTargetsParams, planTargetsSql, type PlanTargetRaw } from "./plan-targets";

export interface DashboardFigures {
  summary: unknown;
  areas: [string, unknown][];
  sections: [string, unknown][];
  targets: unknown[];
  checks: { pending: number; returned: number };
}

export async function dashboardFloor(raw: RawDb, planId: string, asOf: IsoDate): Promise<DashboardFigures> {
  const rows = await raw.query<PlanTargetRaw>(planTargetsSql(raw, { checks: true }), planTargetsParams(planId, asOf));
  const targets = floorTargets(rows).map((t) => evaluateTarget(t.view, t.points, asOf, t.raw.behindMargin));
  const byArea = new Map<string, TargetProgressView[]>();
  const bySection = new Map<string, TargetProgressView[]>();
  for (const t of targets) {
    byArea.set(t.target.areaId, [...(byArea.get(t.target.areaId) ?? []), t]);
    for (const s of t.target.owners.length ? t.target.owners.map((o) => o.id) : [""]) bySection.set(s, [...(bySection.get(s) ?? []), t]);
  }
  return {
    summary: summaryView(targets),
    areas: [...byArea].map(([id, list]): [string, unknown] => [id, summaryView(list)]).sort(byKey),
    sections: [...bySection].map(([id, list]): [string, unknown] => [id, summaryView(list)]).sort(byKey),
    targets: targets.map(targetFigures),
    checks: { pending: Number(rows[0]?.pending ?? 0), returned: Number(rows[0]?.returned ?? 0) },
  };
}

/** What the page shows of a target: its status and why, its figures, its points. */
export function targetFigures(t: TargetProgressView) {
  return [
    t.target.id,
    t.target.points,
    t.status,
    t.statusRule,
    t.band,
    t.value,
    t.reportedFor,
    t.ratio,
    t.growthPercent,
    t.expectedRatio,
    t.forecast,
  ];
}

export function dashboardFigures(view: PlanDashboardView): DashboardFigures {
  return {
    summary: view.summary,
    areas: view.areas
      .filter((a) => a.targets.length > 0)
      .map((a): [string, unknown] => [a.id, a.summary])
      .sort(byKey),
    sections: view.sections.map((s): [string, unknown] => [s.section?.id ?? "", s.summary]).sort(byKey),
    targets: view.targets.map(targetFigures),
    checks: view.checks,
  };
}

export const byKey = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
