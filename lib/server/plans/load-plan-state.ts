import { effectiveEntries, splitAreaPoints, type ProgressPoint } from "../../domain";
import { dbDateToIso } from "../db-dates";
import { db } from "../db";
import { notFound } from "../errors";
import { toPlanInfo, type PlanInfoView } from "./plan-info";
import { toTargetView, type SectionView, type TargetView } from "./target-view";

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
export async function loadPlanState(planId: string, filter: { targetId?: string } = {}): Promise<PlanState> {
  const plan = await db.plan.findUnique({
    where: { id: planId },
    include: { unit: { select: { name: true } }, areas: { orderBy: { sortOrder: "asc" } } },
  });
  if (!plan) throw notFound("计划");
  // Joins on planId rather than IN-lists of target ids: SQLite caps bound parameters, large plans must not.
  // Owners are sections of the plan's own unit, so they come in one small query rather than per row.
  const [targetRows, ownerRows, sections] = await Promise.all([
    db.target.findMany({ where: { planId }, orderBy: { sortOrder: "asc" } }),
    db.targetOwner.findMany({ where: { target: { planId } } }),
    db.section.findMany({ where: { unitId: plan.unitId }, orderBy: { sortOrder: "asc" }, ...sectionSelect }),
  ]);
  const order = new Map(sections.map((s, i) => [s.id, i]));
  const ownersOf = new Map<string, { section: SectionView }[]>();
  for (const o of ownerRows.sort((a, b) => order.get(a.sectionId)! - order.get(b.sectionId)!)) {
    const list = ownersOf.get(o.targetId) ?? [];
    list.push({ section: sections[order.get(o.sectionId)!] });
    ownersOf.set(o.targetId, list);
  }
  const rows = targetRows.map((t) => ({ ...t, owners: ownersOf.get(t.id) ?? [] }));
  const entries = await db.progressEntry.findMany({
    where: filter.targetId ? { targetId: filter.targetId } : { target: { planId } },
    select: { id: true, targetId: true, value: true, reportedFor: true, createdAt: true, action: true, replacesId: true },
  });

  // Points are shared within an area, so they are split over all of its targets even when filtered.
  const points = new Map<string, number>();
  for (const area of plan.areas) {
    const inArea = rows.filter((r) => r.areaId === area.id);
    for (const [id, p] of splitAreaPoints(area.points, inArea)) points.set(id, p);
  }
  const targets = rows
    .filter((r) => !filter.targetId || r.id === filter.targetId)
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
