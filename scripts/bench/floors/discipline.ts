// 报送纪律's floor: one statement returning the plan's targets, their reports and their named items as typed rows
// (UNION ALL), then the domain in one pass: the figures that count (effectiveEntries, countItemPoints), whether
// each target was done by each month end (statusDetail), the updates owed and their status (disciplineCells),
// the rates per month, per section and bureau-wide.
import {
  countItemPoints,
  disciplineCells,
  disciplineRates,
  effectiveEntries,
  effectiveWindow,
  lastDayOfMonthIso,
  latestDueMonth,
  monthOfDate,
  monthsBegun,
  reportDueDay,
  statusDetail,
  thresholdsOf,
  type DisciplineCell,
  type IsoDate,
  type ProgressPoint,
  type Submission,
  type TargetKind,
} from "../../../lib/domain";
import { todayIso } from "../../../lib/server/db-dates";
import type { ReportingDisciplineView } from "../../../lib/server/discipline/find-reporting-discipline";
import { measureOf } from "../../../lib/server/plan-state/target-view";
import type { RawDb } from "../raw-sql";

interface Row {
  row: "T" | "E" | "I";
  targetId: string;
  kind: string | null;
  startMonth: number | null;
  endMonth: number | null;
  applicability: string | null;
  targetValue: number | null;
  baselineValue: number | null;
  direction: string | null;
  greenAt: number | null;
  amberAt: number | null;
  code: string | null;
  owners: string | null;
  year: number | null;
  dueDays: number | null;
  behindMargin: number | null;
  id: string | null;
  action: string | null;
  value: number | null;
  day: string | null;
  at: string | null;
  replacesId: string | null;
  checkStatus: string | null;
  status: string | null;
}

function sql(raw: RawDb) {
  const d = raw.dialect;
  const none = (n: number) => Array(n).fill("NULL").join(", ");
  return `SELECT 'T' AS "row", t.id AS "targetId", t.kind, t."startMonth", t."endMonth", t.applicability, t."targetValue",
  t."baselineValue", t.direction, t."greenAt", t."amberAt", t.code,
  (SELECT ${d.joined(`s."sortOrder" || '|' || s.id`)} FROM "TargetOwner" o JOIN "Section" s ON s.id = o."sectionId" WHERE o."targetId" = t.id) AS owners,
  p.year, p."reportDueDays" AS "dueDays", p."behindMargin",
  ${["id", "action", "value", "day", "at", "replacesId", "checkStatus", "status"].map((c) => `NULL AS "${c}"`).join(", ")}
FROM "Target" t JOIN "Plan" p ON p.id = t."planId" WHERE t."planId" = $1
UNION ALL
SELECT 'E', e."targetId", ${none(14)}, e.id, e.action, e.value, ${d.day('e."reportedFor"')}, ${d.instant('e."createdAt"')}, e."replacesId",
  e."checkStatus", NULL
FROM "Target" t CROSS JOIN "ProgressEntry" e WHERE t."planId" = $1 AND e."targetId" = t.id
UNION ALL
SELECT 'I', i."targetId", ${none(14)}, i.id, NULL, NULL, ${d.day("i.date")}, ${d.instant('i."createdAt"')}, NULL, i."checkStatus", i.status
FROM "Target" t CROSS JOIN "CountItem" i WHERE t."planId" = $1 AND i."targetId" = t.id`;
}

const UPDATE_ACTIONS = new Set(["RECORD", "CORRECTION", "NO_CHANGE"]);

export async function disciplineFloor(raw: RawDb, planId: string, asOf: IsoDate) {
  const rows = await raw.query<Row>(sql(raw), [planId]);
  const targets = rows.filter((r) => r.row === "T");
  const { year, dueDays, behindMargin } = targets[0] as { year: number; dueDays: number; behindMargin: number };
  const entries = new Map<string, Row[]>(targets.map((t) => [t.targetId, []]));
  const items = new Map<string, Row[]>(targets.map((t) => [t.targetId, []]));
  const submissions = new Map<string, Submission[]>(targets.map((t) => [t.targetId, []]));
  for (const r of rows) {
    if (r.row === "T") continue;
    (r.row === "E" ? entries : items).get(r.targetId)!.push(r);
    if (r.checkStatus === "RETURNED" || (r.row === "E" && !UPDATE_ACTIONS.has(r.action!))) continue;
    const month = monthOfDate(r.day!, year);
    if (month !== null) submissions.get(r.targetId)!.push({ month, enteredOn: todayIso(new Date(r.at!)) });
  }
  const monthEnds = Array.from({ length: 12 }, (_, i) => lastDayOfMonthIso(year, i + 1));
  const facts = targets.map((t) => {
    const kind = t.kind as TargetKind;
    const points: ProgressPoint[] =
      kind === "COUNT"
        ? countItemPoints(
            items.get(t.targetId)!.map((i) => ({ date: i.day!, status: i.status!, recordedAt: i.at!, checkStatus: i.checkStatus })),
          )
        : effectiveEntries(entries.get(t.targetId)! as (Row & { id: string; action: string })[]).map((e) => ({
            value: e.value!,
            reportedFor: e.day!,
            recordedAt: e.at!,
          }));
    const window = effectiveWindow(year, t.startMonth, t.endMonth);
    const measure = measureOf({ kind, targetValue: t.targetValue, baselineValue: t.baselineValue, direction: t.direction! });
    const thresholds = thresholdsOf(t);
    const active = t.applicability === "ACTIVE";
    const status = (asOf: IsoDate) => statusDetail({ measure, window, points, asOf, behindMargin, thresholds, active }).status;
    const ownerIds = (t.owners ?? "")
      .split(",")
      .filter(Boolean)
      .map((o) => o.split("|"))
      .sort((a, b) => Number(a[0]) - Number(b[0]))
      .map((o) => o[1]);
    return {
      id: t.targetId,
      kind,
      active,
      ownerCount: ownerIds.length,
      ownerIds,
      window,
      doneBy: [false, ...monthEnds.map((end) => status(end) === "DONE")],
      submissions: submissions.get(t.targetId)!,
    };
  });
  const cells = disciplineCells(facts, { year, dueDays, today: asOf });
  const perMonth = (list: DisciplineCell[]) =>
    monthsBegun(year, asOf).map((month) => ({
      month,
      dueDay: reportDueDay(year, month, dueDays),
      rates: disciplineRates(list.filter((c) => c.month === month)),
    }));
  const ownerIdsOf = new Map(facts.map((f) => [f.id, f.ownerIds]));
  const months = perMonth(cells);
  return {
    rates: disciplineRates(cells),
    months,
    latestMonth: latestDueMonth(months, asOf)?.month ?? null,
    sections: [...new Set(facts.flatMap((f) => f.ownerIds))].sort().map((id) => {
      const mine = cells.filter((c) => ownerIdsOf.get(c.targetId)!.includes(id));
      return [id, disciplineRates(mine), perMonth(mine), mine.map(cellFigures).sort(byCell)];
    }),
  };
}

const cellFigures = (c: DisciplineCell) => [c.targetId, c.month, c.status, c.enteredOn] as const;
const byCell = (a: readonly unknown[], b: readonly unknown[]) =>
  a[0] === b[0] ? Number(a[1]) - Number(b[1]) : String(a[0]) < String(b[0]) ? -1 : 1;

export function disciplineFigures(view: ReportingDisciplineView) {
  return {
    rates: view.rates,
    months: view.months,
    latestMonth: view.latestMonth?.month ?? null,
    sections: view.sections
      .map((s) => [s.section.id, s.rates, s.months, s.cells.map(cellFigures).sort(byCell)] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  };
}
