import { effectiveEntries, splitAreaPoints, type ProgressPoint } from "../../domain";
import { dbDateToIso } from "../db-dates";
import { db } from "../db";
import { notFound } from "../errors";
import { toPlanInfo, type PlanInfoView } from "./plan-info";
import { toTargetView, type TargetView } from "./target-view";

export type { PlanInfoView };

export interface AreaInfo {
  id: string;
  code: string;
  name: string;
  category: "WORK" | "FUNDING";
  points: number;
}

export interface PlanState {
  plan: PlanInfoView;
  areas: AreaInfo[];
  targets: TargetView[];
  pointsByTarget: Map<string, ProgressPoint[]>;
}

const sectionSelect = { select: { id: true, name: true, phone: true, unitId: true } } as const;

/**
 * Everything needed to evaluate a plan (or some of its targets) in a fixed number of queries whatever
 * the plan's size: the plan with its areas, the targets with owners, and their reports.
 */
export async function loadPlanState(planId: string, filter: { targetIds?: string[] } = {}): Promise<PlanState> {
  const plan = await db.plan.findUnique({
    where: { id: planId },
    include: { unit: { select: { name: true } }, areas: { orderBy: { sortOrder: "asc" } } },
  });
  if (!plan) throw notFound("计划");
  const rows = await db.target.findMany({
    where: { planId },
    orderBy: { sortOrder: "asc" },
    include: { owners: { include: { section: sectionSelect }, orderBy: { section: { sortOrder: "asc" } } } },
  });
  const wanted = filter.targetIds ? new Set(filter.targetIds) : null;
  const entries = await db.progressEntry.findMany({
    where: { targetId: wanted ? { in: [...wanted] } : undefined, target: { planId } },
    select: { id: true, targetId: true, value: true, reportedFor: true, createdAt: true, action: true, replacesId: true },
  });

  // Points are shared within an area, so they are split over all of its targets even when filtered.
  const points = new Map<string, number>();
  for (const area of plan.areas) {
    const inArea = rows.filter((r) => r.areaId === area.id);
    for (const [id, p] of splitAreaPoints(area.points, inArea)) points.set(id, p);
  }
  const targets = rows
    .filter((r) => !wanted || wanted.has(r.id))
    .map((r) => toTargetView(r, plan.year, points.get(r.id) ?? 0));

  const pointsByTarget = new Map<string, ProgressPoint[]>(targets.map((t) => [t.id, []]));
  for (const e of effectiveEntries(entries)) {
    pointsByTarget.get(e.targetId)?.push({
      value: e.value,
      reportedFor: dbDateToIso(e.reportedFor),
      recordedAt: e.createdAt.toISOString(),
    });
  }

  return {
    plan: toPlanInfo(plan),
    areas: plan.areas.map((a) => ({ id: a.id, code: a.code, name: a.name, category: a.category as AreaInfo["category"], points: a.points })),
    targets,
    pointsByTarget,
  };
}
