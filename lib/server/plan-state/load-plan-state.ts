import {
  checkCounts,
  countItemPoints,
  effectiveAreaPoints,
  effectiveEntries,
  roundPoints,
  type CheckCounts,
  type CheckReading,
  type ProgressPoint,
} from "../../domain";
import { dbDateToIso } from "../db-dates";
import { db } from "../db";
import { notFound } from "../errors";
import { countedEntrySelect, entryPoint } from "./counted-entries";
import { toPlanInfo, type PlanInfoView } from "./plan-info";
import { toTargetView, type SectionView, type TargetView } from "./target-view";

export type { PlanInfoView };

export interface AreaInfo {
  id: string;
  code: string;
  name: string;
  category: "WORK" | "FUNDING";
  points: number;
  /** the area's maximum now: points less what not-applicable/suspended targets took out of the total */
  maxPoints: number;
  /** points taken out of the total / moved to the area's other targets by inactive targets */
  removedPoints: number;
  redistributedPoints: number;
}

export interface PlanState {
  plan: PlanInfoView;
  areas: AreaInfo[];
  targets: TargetView[];
  pointsByTarget: Map<string, ProgressPoint[]>;
  /** 数据审核: reports and items of the loaded targets waiting for the 考核组 (pending) or for their sections (returned) */
  checks: CheckCounts;
}

export interface PlanStateFilter extends CheckReading {
  targetId?: string;
}

const sectionSelect = { select: { id: true, name: true, phone: true, unitId: true } } as const;

/**
 * Everything needed to evaluate a plan (or some of its targets) in a fixed number of queries whatever
 * the plan's size: the plan with its areas, the targets with owners, and their reports.
 */
export async function loadPlanState(planId: string, filter: PlanStateFilter = {}): Promise<PlanState> {
  const plan = await db.plan.findUnique({
    where: { id: planId },
    include: { unit: { select: { name: true } }, areas: { orderBy: { sortOrder: "asc" } } },
  });
  if (!plan) throw notFound("noun.plan");
  // Joins on planId rather than IN-lists of target ids: SQLite caps bound parameters, large plans must not.
  // Owners are sections of the plan's own unit, so they come in one small query rather than per row.
  const [targetRows, ownerRows, sections] = await Promise.all([
    db.target.findMany({ where: { planId }, orderBy: { sortOrder: "asc" } }),
    db.targetOwner.findMany({ where: { target: { planId } } }),
    db.section.findMany({ where: { unitId: plan.unitId }, orderBy: { sortOrder: "asc" }, ...sectionSelect }),
  ]);
  const order = new Map(sections.map((s, i) => [s.id, i]));
  const ownersOf = new Map<string, { section: SectionView; assignedById: string | null }[]>();
  for (const o of ownerRows.sort((a, b) => order.get(a.sectionId)! - order.get(b.sectionId)!)) {
    const list = ownersOf.get(o.targetId) ?? [];
    list.push({ section: sections[order.get(o.sectionId)!], assignedById: o.assignedById });
    ownersOf.set(o.targetId, list);
  }
  const rows = targetRows.map((t) => ({ ...t, owners: ownersOf.get(t.id) ?? [] }));
  const scope = filter.targetId ? { targetId: filter.targetId } : { target: { planId } };
  const [entries, items] = await Promise.all([
    db.progressEntry.findMany({ where: scope, select: countedEntrySelect }),
    db.countItem.findMany({ where: scope, select: { targetId: true, date: true, status: true, createdAt: true, checkStatus: true } }),
  ]);

  // Points are shared within an area, so they are split over all of its targets even when filtered.
  const points = new Map<string, { points: number; nominal: number }>();
  const areaPoints = new Map<string, ReturnType<typeof effectiveAreaPoints>>();
  for (const area of plan.areas) {
    const split = effectiveAreaPoints(
      area.points,
      rows.filter((r) => r.areaId === area.id),
    );
    areaPoints.set(area.id, split);
    for (const [id, p] of split.points) points.set(id, { points: p, nominal: split.nominal.get(id)! });
  }
  const targets = rows
    .filter((r) => !filter.targetId || r.id === filter.targetId)
    .map((r) => toTargetView(r, plan, points.get(r.id) ?? { points: 0, nominal: 0 }));

  const pointsByTarget = new Map<string, ProgressPoint[]>(targets.map((t) => [t.id, []]));
  const counted = new Set(targets.filter((t) => t.kind === "COUNT").map((t) => t.id));
  // A count target is completed by its named items alone; reports typed on one before items existed are history.
  // 数据审核: what counts is what the 考核组 accepted (lib/domain/figure-check.ts), unless read as reported
  for (const e of effectiveEntries(entries, filter)) {
    if (counted.has(e.targetId)) continue;
    pointsByTarget.get(e.targetId)?.push(entryPoint(e));
  }
  const itemsByTarget = new Map<string, { date: string; status: string; recordedAt: string; checkStatus: string }[]>();
  for (const i of items) {
    const list = itemsByTarget.get(i.targetId) ?? [];
    list.push({ date: dbDateToIso(i.date), status: i.status, recordedAt: i.createdAt.toISOString(), checkStatus: i.checkStatus });
    itemsByTarget.set(i.targetId, list);
  }
  for (const id of counted) pointsByTarget.set(id, countItemPoints(itemsByTarget.get(id) ?? [], filter));

  const areas = plan.areas.map((a) => {
    const split = areaPoints.get(a.id)!;
    return {
      id: a.id,
      code: a.code,
      name: a.name,
      category: a.category as AreaInfo["category"],
      points: a.points,
      maxPoints: split.areaMax,
      removedPoints: split.removed,
      redistributedPoints: split.redistributed,
    };
  });
  return {
    plan: { ...toPlanInfo(plan), totalPoints: roundPoints(areas.reduce((sum, a) => sum + a.maxPoints, 0)) },
    areas,
    targets,
    pointsByTarget,
    checks: checkCounts(
      entries.map((e) => ({ ...e, reportedFor: dbDateToIso(e.reportedFor), createdAt: e.createdAt.toISOString() })),
      items,
    ),
  };
}
