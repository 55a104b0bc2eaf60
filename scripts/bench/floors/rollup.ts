// 县区汇总's floor: one statement giving, for each rolled-up target of the city plan, every county under the city
// with its target of the same key in its plan of the same year and the latest figures of both as of the day;
// then the domain in one pass (evaluateTarget for the city, completionRatio, inUnitOf, finiteSum, rollupGap).
import { addDays } from "date-fns";
import { completionRatio, finiteOrNull, finiteSum, inUnitOf, toDate, toIso, type IsoDate, type TargetKind } from "../../../lib/domain";
import { rollupGap } from "../../../lib/domain/rollup";
import type { PlanRollupsView } from "../../../lib/server/units/find-rollup";
import { evaluateTarget, toTargetView, type TargetProgressView, type TargetRow } from "../../../lib/server/plan-state/target-view";
import type { RawDb } from "../raw-sql";
import { latestEntryJoin } from "./plan-targets";

interface Row extends Omit<TargetRow, "owners"> {
  planUnitId: string;
  planYear: number;
  behindMargin: number;
  rollupKey: string;
  cityValue: number | null;
  cityDay: string | null;
  cityAt: string | null;
  countyId: string | null;
  countyTargetId: string | null;
  countyKind: string | null;
  countyTargetValue: number | null;
  countyBaseline: number | null;
  countyUnit: string | null;
  countyValue: number | null;
  countyDay: string | null;
}

function sql(raw: RawDb) {
  const d = raw.dialect;
  return `WITH city AS (SELECT id, "unitId", year FROM "Plan" WHERE id = $1),
keyed AS (SELECT t.* FROM "Target" t WHERE t."planId" = $1 AND t."rollupKey" IS NOT NULL),
counties AS (SELECT u.id, u.name FROM "Unit" u JOIN city c ON u."parentId" = c."unitId"),
fed AS (
  SELECT t.id, t.kind, t."targetValue", t."baselineValue", t."measureUnit", t."rollupKey", t."sortOrder", p."unitId"
  FROM city c JOIN "Plan" p ON p.year = c.year JOIN counties u ON u.id = p."unitId" CROSS JOIN "Target" t
  WHERE t."planId" = p.id AND t."rollupKey" IN (SELECT "rollupKey" FROM keyed)
)
SELECT k.*, c."unitId" AS "planUnitId", c.year AS "planYear", p."behindMargin",
  lk.value AS "cityValue", ${d.day('lk."reportedFor"')} AS "cityDay", ${d.instant('lk."createdAt"')} AS "cityAt",
  u.id AS "countyId", f.id AS "countyTargetId", f.kind AS "countyKind", f."targetValue" AS "countyTargetValue",
  f."baselineValue" AS "countyBaseline", f."measureUnit" AS "countyUnit", lf.value AS "countyValue", ${d.day('lf."reportedFor"')} AS "countyDay"
FROM keyed k
CROSS JOIN city c
JOIN "Plan" p ON p.id = c.id
${latestEntryJoin(raw, "lk", "k", "$2")}
LEFT JOIN counties u ON 1 = 1
LEFT JOIN fed f ON f."unitId" = u.id AND f."rollupKey" = k."rollupKey"
${latestEntryJoin(raw, "lf", "f", "$2")}
ORDER BY k."sortOrder", u.name, f."sortOrder"`;
}

export async function rollupFloor(raw: RawDb, planId: string, asOf: IsoDate) {
  const rows = await raw.query<Row>(sql(raw), [planId, toIso(addDays(toDate(asOf), 1))]);
  const byKey = new Map<string, Row[]>();
  for (const r of rows) byKey.set(r.id, [...(byKey.get(r.id) ?? []), r]);
  return [...byKey.values()].map((group) => {
    const k = group[0];
    const view = toTargetView({ ...k, owners: [] }, { year: k.planYear, unitId: k.planUnitId }, { points: 0, nominal: 0 });
    const points = k.cityValue === null ? [] : [{ value: k.cityValue, reportedFor: k.cityDay!, recordedAt: k.cityAt! }];
    const city = evaluateTarget(view, points, asOf, k.behindMargin);
    const counties = group
      .filter((r) => r.countyId !== null)
      .map((r) => {
        const value = r.countyValue;
        const measure = { kind: r.countyKind as TargetKind, targetValue: r.countyTargetValue, baselineValue: r.countyBaseline };
        return {
          unitId: r.countyId!,
          targetId: r.countyTargetId,
          value,
          reportedFor: r.countyDay,
          ratio: r.countyTargetId === null ? null : completionRatio(measure, value),
          targetValue: r.countyTargetValue,
          measureUnit: r.countyUnit,
        };
      });
    const total = finiteSum(counties.map((r) => inUnitOf(r.value ?? 0, r.measureUnit, k.measureUnit)));
    const targets = counties.filter((r) => r.targetValue !== null);
    const reportedCount = counties.filter((r) => r.value !== null).length;
    return [
      k.rollupKey,
      cityFigures(city),
      total,
      total !== null && k.targetValue && k.targetValue > 0 ? finiteOrNull(total / k.targetValue) : null,
      targets.length ? finiteSum(targets.map((r) => inUnitOf(r.targetValue ?? 0, r.measureUnit, k.measureUnit))) : null,
      reportedCount,
      counties.map((c) => [c.unitId, c.targetId, c.value, c.reportedFor, c.ratio]),
      rollupGap({ cityValue: city.value, countiesTotal: total, reportedCount, countyCount: counties.length }),
    ];
  });
}

const cityFigures = (t: TargetProgressView) => [
  t.status,
  t.statusRule,
  t.band,
  t.value,
  t.reportedFor,
  t.ratio,
  t.expectedRatio,
  t.forecast,
];

export function rollupFigures(view: PlanRollupsView) {
  return view.rollups.map((r) => [
    r.rollupKey,
    cityFigures(r.city),
    r.total,
    r.ratio,
    r.countiesTargetValue,
    r.reportedCount,
    r.counties.map((c) => [c.unitId, c.targetId, c.value, c.reportedFor, c.ratio]),
    r.gap,
  ]);
}
