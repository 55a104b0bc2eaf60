import { defaultAsOf, effectiveAreaPoints, type ProgressPoint } from "../../domain";
import { todayIso } from "../db-dates";
import { readRows } from "../sql/read-rows";
import { TARGET_COLUMNS, type TargetRowOwnerless } from "./target-columns";
import { evaluateTarget, toTargetView, type SectionView, type TargetProgressView } from "./target-view";

/**
 * What a write to one target reads before its transaction, in one statement (#12: a report was 23 statements):
 * the target with what its plan decides (year, unit, 数据审核, month locks' settings), its owning sections (who
 * may write; which sections an item may credit) and the targets of its area (they share the area's points), so
 * the write can answer with the target re-evaluated without reading the plan again.
 */
export interface TargetFacts extends TargetRowOwnerless {
  plan: { year: number; unitId: string; checkFigures: boolean; behindMargin: number };
  areaPoints: number;
  owners: { section: SectionView; assignedById: string | null }[];
  /** the area's targets in the plan's order, this one included */
  areaTargets: TargetRowOwnerless[];
}

interface FactRow extends TargetRowOwnerless {
  planYear: number;
  planUnitId: string;
  /** 0/1 on SQLite */
  checkFigures: boolean | number;
  behindMargin: number;
  areaPoints: number;
  sectionId: string | null;
  sectionName: string | null;
  sectionPhone: string | null;
  sectionUnitId: string | null;
  assignedById: string | null;
}

// the area's targets; owners joined to the written target's row only (one row per owner, one for each other target)
const FACTS_SQL = `SELECT ${TARGET_COLUMNS}, p.year AS "planYear", p."unitId" AS "planUnitId", p."checkFigures", p."behindMargin",
  a.points AS "areaPoints", s.id AS "sectionId", s.name AS "sectionName", s.phone AS "sectionPhone", s."unitId" AS "sectionUnitId",
  o."assignedById"
FROM "Target" me
JOIN "Plan" p ON p.id = me."planId"
JOIN "Area" a ON a.id = me."areaId"
JOIN "Target" t ON t."areaId" = me."areaId"
LEFT JOIN "TargetOwner" o ON o."targetId" = t.id AND t.id = me.id
LEFT JOIN "Section" s ON s.id = o."sectionId"
WHERE me.id = $1
ORDER BY t."sortOrder", t.id, s."sortOrder", s.id`;

/** The target's own columns of a fact row. */
function targetPart(r: FactRow): TargetRowOwnerless {
  const { planYear: _y, planUnitId: _u, checkFigures: _c, behindMargin: _b, areaPoints: _a, ...rest } = r;
  const { sectionId: _s, sectionName: _n, sectionPhone: _p, sectionUnitId: _su, assignedById: _by, ...target } = rest;
  return target;
}

/** The facts of one target, or null when there is no such target. */
export async function readTargetFacts(targetId: string): Promise<TargetFacts | null> {
  const rows = await readRows<FactRow>(FACTS_SQL, [targetId]);
  const areaTargets: TargetRowOwnerless[] = [];
  const owners: TargetFacts["owners"] = [];
  for (const r of rows) {
    const { sectionId, sectionName, sectionPhone, sectionUnitId, assignedById } = r;
    if (areaTargets.at(-1)?.id !== r.id) areaTargets.push(targetPart(r));
    if (r.id === targetId && sectionId) {
      owners.push({ section: { id: sectionId, name: sectionName!, phone: sectionPhone, unitId: sectionUnitId! }, assignedById });
    }
  }
  const me = areaTargets.find((t) => t.id === targetId);
  if (!me) return null;
  const first = rows[0];
  return {
    ...me,
    plan: { year: first.planYear, unitId: first.planUnitId, checkFigures: Boolean(first.checkFigures), behindMargin: first.behindMargin },
    areaPoints: first.areaPoints,
    owners,
    areaTargets,
  };
}

/**
 * The target as the dashboard would now show it, from its facts, the version its write claimed and its points
 * as the write's transaction left them. The area's other targets are as read before the transaction: only an
 * administrator's change of their applicability at that very moment would make the shares differ, and the next
 * read shows it.
 */
export function progressAfterWrite(facts: TargetFacts, version: number, points: ProgressPoint[]): TargetProgressView {
  const split = effectiveAreaPoints(facts.areaPoints, facts.areaTargets);
  const share = { points: split.points.get(facts.id) ?? 0, nominal: split.nominal.get(facts.id) ?? 0 };
  const target = toTargetView({ ...facts, version, owners: facts.owners }, facts.plan, share);
  return evaluateTarget(target, points, defaultAsOf(facts.plan.year, todayIso()), facts.plan.behindMargin);
}
