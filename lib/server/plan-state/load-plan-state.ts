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
import { notFound } from "../errors";
import type { Dialect } from "../sql/dialect";
import { readRows, sqlDialect } from "../sql/read-rows";
import { entryPoint, readCountedEntries, readCountedItems, type CountedEntry, type CountedItem } from "./counted-entries";
import { toPlanInfo, type PlanInfoView } from "./plan-info";
import { TARGET_COLUMNS, type TargetRowOwnerless } from "./target-columns";
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
  /** every report and named item of the loaded targets as stored, whatever their status (报送纪律 reads them) */
  reports: CountedEntry[];
  items: CountedItem[];
}

export interface PlanStateFilter extends CheckReading {
  /** one target only */
  targetId?: string;
  /** only the targets county figures roll up into (县区汇总 reads no other target's reports) */
  rolledUp?: boolean;
}

/** The WHERE on alias t that picks the filter's targets, with its parameters. */
function targetsWhere(planId: string, filter: PlanStateFilter): [string, unknown[]] {
  if (filter.targetId) return ['t."planId" = $1 AND t.id = $2', [planId, filter.targetId]];
  if (filter.rolledUp) return ['t."planId" = $1 AND t."rollupKey" IS NOT NULL', [planId]];
  return ['t."planId" = $1', [planId]];
}

/** The plan statement's row: the header as PlanInfoView has it, before the areas give it its total. */
type PlanRow = Omit<PlanInfoView, "totalPoints" | "checkFigures"> & {
  /** 0/1 on SQLite */
  checkFigures: boolean | number;
};

interface AreaRow {
  id: string;
  code: string;
  name: string;
  category: string;
  points: number;
}

interface OwnerRow extends SectionView {
  targetId: string;
  assignedById: string | null;
}

/** The plan's statements, written once per dialect (the text is the prepared statement's key). */
const statements = (d: Dialect) => ({
  plan: `SELECT p.id, p.year, p.title, p."unitId", u.name AS "unitName", p.source, p."assessmentGroup", p."otherNotes",
  p."behindMargin", p."lockAfterDays", p."reportDueDays", p."checkFigures"
FROM "Plan" p JOIN "Unit" u ON u.id = p."unitId" WHERE p.id = $1`,
  areas: `SELECT id, code, name, category, points FROM "Area" WHERE "planId" = $1 ORDER BY "sortOrder"`,
  targets: `SELECT ${TARGET_COLUMNS} FROM "Target" t WHERE t."planId" = $1 ORDER BY t."sortOrder"`,
  // owners are sections of the plan's own unit, in the unit's order of sections
  owners: `SELECT o."targetId", o."assignedById", s.id, s.name, s.phone, s."unitId"
FROM "Target" t CROSS JOIN "TargetOwner" o JOIN "Section" s ON s.id = o."sectionId"
WHERE t."planId" = $1 AND o."targetId" = t.id ORDER BY s."sortOrder", s.id`,
  dialect: d,
});
const prepared = new Map<Dialect, ReturnType<typeof statements>>();

/**
 * Everything needed to evaluate a plan (or some of its targets) in a fixed number of queries whatever the plan's
 * size: the plan with its areas, the targets with owners, and their reports and named items. Six SELECTs sent
 * together, straight through the driver (lib/server/sql/read-rows.ts), joined on planId rather than IN-lists of
 * target ids (SQLite caps bound parameters, large plans must not).
 */
export async function loadPlanState(planId: string, filter: PlanStateFilter = {}): Promise<PlanState> {
  const d = sqlDialect();
  const sql = prepared.get(d) ?? prepared.set(d, statements(d)).get(d)!;
  const [target, params] = targetsWhere(planId, filter);
  const [[plan], areaRows, targetRows, ownerRows, entries, items] = await Promise.all([
    readRows<PlanRow>(sql.plan, [planId]),
    readRows<AreaRow>(sql.areas, [planId]),
    readRows<TargetRowOwnerless>(sql.targets, [planId]),
    readRows<OwnerRow>(sql.owners, [planId]),
    readCountedEntries(d, target, params),
    readCountedItems(d, target, params),
  ]);
  if (!plan) throw notFound("noun.plan");
  const ownersOf = new Map<string, { section: SectionView; assignedById: string | null }[]>();
  for (const o of ownerRows) {
    const list = ownersOf.get(o.targetId) ?? [];
    list.push({ section: { id: o.id, name: o.name, phone: o.phone, unitId: o.unitId }, assignedById: o.assignedById });
    ownersOf.set(o.targetId, list);
  }
  const rows = targetRows.map((t) => ({ ...t, owners: ownersOf.get(t.id) ?? [] }));
  const planView = { ...plan, checkFigures: Boolean(plan.checkFigures), unit: { name: plan.unitName }, areas: areaRows };

  // Points are shared within an area, so they are split over all of its targets even when filtered.
  const points = new Map<string, { points: number; nominal: number }>();
  const areaPoints = new Map<string, ReturnType<typeof effectiveAreaPoints>>();
  for (const area of areaRows) {
    const split = effectiveAreaPoints(
      area.points,
      rows.filter((r) => r.areaId === area.id),
    );
    areaPoints.set(area.id, split);
    for (const [id, p] of split.points) points.set(id, { points: p, nominal: split.nominal.get(id)! });
  }
  const targets = rows
    .filter((r) => (filter.targetId ? r.id === filter.targetId : !filter.rolledUp || r.rollupKey !== null))
    .map((r) => toTargetView(r, planView, points.get(r.id) ?? { points: 0, nominal: 0 }));

  const pointsByTarget = new Map<string, ProgressPoint[]>(targets.map((t) => [t.id, []]));
  const counted = new Set(targets.filter((t) => t.kind === "COUNT").map((t) => t.id));
  // A count target is completed by its named items alone; reports typed on one before items existed are history.
  // 数据审核: what counts is what the 考核组 accepted (lib/domain/figure-check.ts), unless read as reported
  for (const e of effectiveEntries(entries, filter)) {
    if (counted.has(e.targetId)) continue;
    pointsByTarget.get(e.targetId)?.push(entryPoint(e));
  }
  const itemsByTarget = new Map<string, CountedItem[]>();
  for (const i of items) {
    const list = itemsByTarget.get(i.targetId) ?? [];
    list.push(i);
    itemsByTarget.set(i.targetId, list);
  }
  for (const id of counted) pointsByTarget.set(id, countItemPoints(itemsByTarget.get(id) ?? [], filter));

  const areas = areaRows.map((a) => {
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
    plan: { ...toPlanInfo(planView), totalPoints: roundPoints(areas.reduce((sum, a) => sum + a.maxPoints, 0)) },
    areas,
    targets,
    pointsByTarget,
    checks: checkCounts(entries, items),
    reports: entries,
    items,
  };
}
