// The floor's one statement for a plan's targets as of a day: every target with its area, plan settings and
// owners, its latest figure (the newest accepted report on or before the day that no accepted correction
// replaced) or, for a count target, how many of its named items count by then — and, when asked, the
// 数据审核 counts. Then the same views the services build (toTargetView, effectiveAreaPoints) from it.
import { addDays } from "date-fns";
import { effectiveAreaPoints, toDate, toIso, type IsoDate, type ProgressPoint } from "../../../lib/domain";
import { toTargetView, type SectionView, type TargetRow, type TargetView } from "../../../lib/server/plan-state/target-view";
import type { RawDb } from "../raw-sql";

export interface PlanTargetRaw extends Omit<TargetRow, "owners"> {
  areaPoints: number;
  pointsOverride: number | null;
  planUnitId: string;
  planYear: number;
  behindMargin: number;
  latestValue: number | null;
  latestDay: string | null;
  latestAt: string | null;
  itemCount: number | string | null;
  itemDay: string | null;
  itemAt: string | null;
  /** sortOrder|id|name|phone|assignedById, comma-joined */
  ownerList: string | null;
  [extra: string]: unknown;
}

/**
 * Reads go from the plan's targets to their reports through the (targetId, reportedFor) index: CROSS JOIN fixes
 * that order on SQLite (PostgreSQL plans it the same either way), and dialect.unindexed keeps SQLite, which has
 * no statistics, off the index on checkStatus (most rows are ACCEPTED, so it would scan nearly all of them).
 */
const checked = (raw: RawDb, alias: string, value: string) => `${raw.dialect.unindexed(`${alias}."checkStatus"`)} = '${value}'`;
const accepted = (raw: RawDb, alias: string) => checked(raw, alias, "ACCEPTED");

/**
 * The latest figure of a target as of a day: the newest accepted RECORD or CORRECTION for a day before `before`
 * (a parameter, YYYY-MM-DD) that no accepted correction replaced — found per target by a backward walk of the
 * (targetId, reportedFor) index that stops at the first match.
 */
export function latestEntryJoin(raw: RawDb, alias: string, target: string, before: string): string {
  const latest = `SELECT e.* FROM "ProgressEntry" e
  WHERE e."targetId" = ${target}.id AND e.action IN ('RECORD', 'CORRECTION') AND ${accepted(raw, "e")} AND e."reportedFor" < ${raw.dialect.stamp(before)}
    AND NOT EXISTS (SELECT 1 FROM "ProgressEntry" r WHERE r."targetId" = e."targetId" AND r."replacesId" = e.id AND ${accepted(raw, "r")})
  ORDER BY e."reportedFor" DESC, e."createdAt" DESC
  LIMIT 1`;
  // PostgreSQL would otherwise hash every report of the database to join on the subquery's id
  if (raw.dialect.lateral) return `LEFT JOIN LATERAL (${latest}) ${alias} ON TRUE`;
  return `LEFT JOIN "ProgressEntry" ${alias} ON ${alias}.id = (${latest.replace("SELECT e.*", "SELECT e.id")})`;
}

/** `select`/`join` add columns (the score sheet's scoring configuration); `checks` adds the 数据审核 counts. */
export function planTargetsSql(raw: RawDb, extra: { select?: string; join?: string; checks?: boolean } = {}): string {
  const d = raw.dialect;
  // through the plan's targets to their rows, like every read of the floor (the checkStatus index would visit the
  // whole database's pending rows)
  const ofPlan = (alias: string, table: string) =>
    `"Target" ${alias}t CROSS JOIN "${table}" ${alias} WHERE ${alias}t."planId" = $1 AND ${alias}."targetId" = ${alias}t.id`;
  const status = (alias: string, value: string) => checked(raw, alias, value);
  const checks = extra.checks
    ? `, checks AS (
  SELECT
    (SELECT COUNT(*) FROM ${ofPlan("e", "ProgressEntry")} AND ${status("e", "PENDING")})
    + (SELECT COUNT(*) FROM ${ofPlan("i", "CountItem")} AND i.status = 'ACTIVE' AND ${status("i", "PENDING")}) AS pending,
    (SELECT COUNT(*) FROM ${ofPlan("e", "ProgressEntry")} AND ${status("e", "RETURNED")} AND NOT EXISTS (
      SELECT 1 FROM "ProgressEntry" o WHERE o."targetId" = e."targetId"
        AND (o."replacesId" = e.id OR (o."reportedFor" = e."reportedFor" AND o."createdAt" > e."createdAt"))))
    + (SELECT COUNT(*) FROM ${ofPlan("i", "CountItem")} AND i.status = 'ACTIVE' AND ${status("i", "RETURNED")}) AS returned
)`
    : "";
  return `WITH items AS (
  SELECT i."targetId" AS tid, COUNT(*) AS n, MAX(${d.day("i.date")}) AS day, MAX(${d.instant('i."createdAt"')}) AS at
  FROM "Target" it CROSS JOIN "CountItem" i
  WHERE it."planId" = $1 AND i."targetId" = it.id AND it.kind = 'COUNT' AND i.status = 'ACTIVE' AND ${accepted(raw, "i")}
    AND i.date < ${d.stamp("$2")}
  GROUP BY i."targetId"
), owners AS (
  SELECT o."targetId" AS tid,
    ${d.joined(`s."sortOrder" || '|' || s.id || '|' || s.name || '|' || COALESCE(s.phone, '') || '|' || COALESCE(o."assignedById", '')`)} AS list
  FROM "Target" ot JOIN "TargetOwner" o ON o."targetId" = ot.id JOIN "Section" s ON s.id = o."sectionId"
  WHERE ot."planId" = $1
  GROUP BY o."targetId"
)${checks}
SELECT t.*, a.points AS "areaPoints", p."unitId" AS "planUnitId", p.year AS "planYear", p."behindMargin",
  l.value AS "latestValue", ${d.day('l."reportedFor"')} AS "latestDay", ${d.instant('l."createdAt"')} AS "latestAt",
  n.n AS "itemCount", n.day AS "itemDay", n.at AS "itemAt", w.list AS "ownerList"${extra.checks ? ", c.pending, c.returned" : ""}${extra.select ?? ""}
FROM "Target" t
JOIN "Area" a ON a.id = t."areaId"
JOIN "Plan" p ON p.id = t."planId"
${latestEntryJoin(raw, "l", "t", "$2")} AND t.kind <> 'COUNT'
LEFT JOIN items n ON n.tid = t.id
LEFT JOIN owners w ON w.tid = t.id${extra.checks ? "\nCROSS JOIN checks c" : ""}
${extra.join ?? ""}
WHERE t."planId" = $1
ORDER BY t."sortOrder"`;
}

/** The parameters of planTargetsSql: the plan and the day after asOf (figures are for days before it). */
export const planTargetsParams = (planId: string, asOf: IsoDate) => [planId, toIso(addDays(toDate(asOf), 1))];

export interface FloorTarget<R extends PlanTargetRaw = PlanTargetRaw> {
  raw: R;
  view: TargetView;
  /** the one point the figures as of the day rest on (latestValue of the full series is this point) */
  points: ProgressPoint[];
}

/** Target views as loadPlanState builds them, points split within each area the same way. */
export function floorTargets<R extends PlanTargetRaw>(rows: R[]): FloorTarget<R>[] {
  const byArea = new Map<string, R[]>();
  for (const r of rows) byArea.set(r.areaId, [...(byArea.get(r.areaId) ?? []), r]);
  const points = new Map<string, { points: number; nominal: number }>();
  for (const inArea of byArea.values()) {
    const split = effectiveAreaPoints(inArea[0].areaPoints, inArea);
    for (const r of inArea) points.set(r.id, { points: split.points.get(r.id)!, nominal: split.nominal.get(r.id)! });
  }
  return rows.map((r) => {
    const unitId = r.planUnitId;
    const owners = (r.ownerList ?? "")
      .split(",")
      .filter(Boolean)
      .map((o) => o.split("|"))
      .sort((a, b) => Number(a[0]) - Number(b[0]))
      .map(([, id, name, phone, assignedById]): { section: SectionView; assignedById: string | null } => ({
        section: { id, name, phone: phone || null, unitId },
        assignedById: assignedById || null,
      }));
    const view = toTargetView({ ...r, owners }, { year: r.planYear, unitId }, points.get(r.id)!);
    const count = Number(r.itemCount ?? 0);
    const point =
      r.kind === "COUNT"
        ? count > 0
          ? { value: count, reportedFor: r.itemDay!, recordedAt: r.itemAt! }
          : null
        : r.latestValue !== null
          ? { value: r.latestValue, reportedFor: r.latestDay!, recordedAt: r.latestAt! }
          : null;
    return { raw: r, view, points: point ? [point] : [] };
  });
}
