import {
  finiteOrNull,
  finiteSum,
  completionRatio,
  inUnitOf,
  defaultAsOf,
  effectiveEntries,
  latestValue,
  type IsoDate,
  type ProgressPoint,
  type TargetKind,
} from "../../domain";
import { rollupGap, type RollupGap } from "../../domain/rollup";
import { canReadUnit } from "../access/scope";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { todayIso } from "../db-dates";
import { readRows, sqlDialect } from "../sql/read-rows";
import { AppError } from "../errors";
import { entryPoint, readCountedEntries } from "../plan-state/counted-entries";
import { loadPlanState } from "../plan-state/load-plan-state";
import type { PlanInfoView } from "../plan-state/plan-info";
import { evaluateTarget, type TargetProgressView } from "../plan-state/target-view";
import { msg } from "../../i18n/message-text";

/** One county's part of a rolled-up city target: its latest reported value as of the date. */
export interface CountyRollupView {
  unitId: string;
  unitName: string;
  /** null when the county has no plan for the year, or no target with the key */
  planId: string | null;
  targetId: string | null;
  code: string | null;
  title: string | null;
  targetValue: number | null;
  measureUnit: string | null;
  value: number | null;
  reportedFor: IsoDate | null;
  ratio: number | null;
  /** whether the viewer may open the county's plan */
  readable: boolean;
}

export interface TargetRollupView {
  rollupKey: string;
  asOf: IsoDate;
  /** the city target as the city itself reported it */
  city: TargetProgressView;
  /** the counties' latest values as of asOf, added up (a county without a report adds nothing) */
  /** null when the sum is not a finite number (an older row beyond the input limits) */
  total: number | null;
  /** total ÷ the city target's value */
  ratio: number | null;
  /** the counties' own targets added up */
  countiesTargetValue: number | null;
  reportedCount: number;
  counties: CountyRollupView[];
  /** the city's own figure against the counties' sum (lib/domain/rollup.ts); null when either is missing */
  gap: RollupGap | null;
}

export interface PlanRollupsView {
  plan: PlanInfoView;
  asOf: IsoDate;
  rollups: TargetRollupView[];
}

/**
 * City targets fed by county figures (县(市、区)财政科技支出): for each target of the plan with a rollupKey,
 * every county bureau under the city with its target of the same key in its plan of the same year, its
 * latest reported value as of asOf, and their sum. Readable by whoever may read the city plan; a county's
 * own plan opens only for those who may read the county.
 */
export async function findPlanRollups(options: { user: SessionUser; planId: string; asOf?: IsoDate | null }): Promise<PlanRollupsView> {
  return rollups(options.user, options.planId, options.asOf ?? null, null);
}

/** The rollup of one city target; asking for a target without a rollupKey is a mistake of the caller. */
export async function findTargetRollup(options: { user: SessionUser; targetId: string; asOf?: IsoDate | null }): Promise<TargetRollupView> {
  const { planId } = await db.target.findUniqueOrThrow({ where: { id: options.targetId }, select: { planId: true } });
  const view = await rollups(options.user, planId, options.asOf ?? null, options.targetId);
  const found = view.rollups[0];
  if (!found) throw new AppError("BAD_USER_INPUT", msg("rollup.notRolledUp"));
  return found;
}

interface CountyTargetRow {
  id: string;
  code: string;
  title: string;
  kind: string;
  targetValue: number | null;
  baselineValue: number | null;
  measureUnit: string | null;
  rollupKey: string;
  planId: string;
  unitId: string;
}

/**
 * The roll-up's reads, keyed by the city plan ($1) and, for one target, its id ($2): the city's keyed targets,
 * the counties under the city, their targets of the same keys in their plans of the same year, and those
 * targets' reports — all found from the plan id in SQL, so they go out together with the city's plan state.
 */
function rollupStatements(only: boolean) {
  const keyed = `FROM "Target" k WHERE k."planId" = $1 AND k."rollupKey" IS NOT NULL${only ? " AND k.id = $2" : ""}`;
  const countyPlans = `SELECT p.id FROM "Plan" cp JOIN "Unit" u ON u."parentId" = cp."unitId" JOIN "Plan" p ON p."unitId" = u.id AND p.year = cp.year
  WHERE cp.id = $1`;
  const countyTargets = `t."planId" IN (${countyPlans}) AND t."rollupKey" IN (SELECT k."rollupKey" ${keyed})`;
  return {
    keyed: `SELECT k.id, k."rollupKey" ${keyed} ORDER BY k."sortOrder"`,
    // with what canReadUnit asks of each (its parent, the city, and the city's level and parent)
    counties: `SELECT u.id, u.name, cu.id AS "parentUnitId", cu.level AS "parentLevel", cu."parentId" AS "grandparentUnitId"
FROM "Plan" cp JOIN "Unit" cu ON cu.id = cp."unitId" JOIN "Unit" u ON u."parentId" = cu.id WHERE cp.id = $1 ORDER BY u.name`,
    countyTargets,
    targets: `SELECT t.id, t.code, t.title, t.kind, t."targetValue", t."baselineValue", t."measureUnit", t."rollupKey", t."planId", p."unitId"
FROM "Target" t JOIN "Plan" p ON p.id = t."planId" WHERE ${countyTargets} ORDER BY t."sortOrder"`,
  };
}
const STATEMENTS = { all: rollupStatements(false), one: rollupStatements(true) };

async function rollups(user: SessionUser, planId: string, asOfArg: IsoDate | null, onlyTargetId: string | null): Promise<PlanRollupsView> {
  const sql = onlyTargetId ? STATEMENTS.one : STATEMENTS.all;
  const params = onlyTargetId ? [planId, onlyTargetId] : [planId];
  const [state, keyed, counties, countyTargets, entries] = await Promise.all([
    loadPlanState(planId, onlyTargetId ? { targetId: onlyTargetId } : { rolledUp: true }),
    readRows<{ id: string; rollupKey: string }>(sql.keyed, params),
    readRows<{ id: string; name: string; parentUnitId: string; parentLevel: string; grandparentUnitId: string | null }>(sql.counties, [
      planId,
    ]),
    readRows<CountyTargetRow>(sql.targets, params),
    readCountedEntries(sqlDialect(), sql.countyTargets, params),
  ]);
  const asOf = asOfArg ?? defaultAsOf(state.plan.year, todayIso());
  if (keyed.length === 0) return { plan: state.plan, asOf, rollups: [] };
  const points = new Map<string, ProgressPoint[]>();
  for (const e of effectiveEntries(entries)) {
    const list = points.get(e.targetId);
    if (list) list.push(entryPoint(e));
    else points.set(e.targetId, [entryPoint(e)]);
  }
  // a county's targets of a key (usually one), found per county and key without scanning every county's targets
  const byCountyKey = new Map<string, CountyTargetRow[]>();
  for (const t of countyTargets) {
    const key = `${t.unitId}\u0000${t.rollupKey}`;
    const list = byCountyKey.get(key);
    if (list) list.push(t);
    else byCountyKey.set(key, [t]);
  }
  const canRead = new Set(counties.filter((c) => canReadUnit(user, { unitId: c.id, ...c })).map((c) => c.id));

  return {
    plan: state.plan,
    asOf,
    rollups: keyed.map((k) => {
      const cityTarget = state.targets.find((t) => t.id === k.id)!;
      const city = evaluateTarget(cityTarget, state.pointsByTarget.get(k.id) ?? [], asOf, state.plan.behindMargin);
      const rows: CountyRollupView[] = counties.flatMap((county): CountyRollupView[] => {
        const mine = byCountyKey.get(`${county.id}\u0000${k.rollupKey}`) ?? [];
        if (mine.length === 0) {
          return [
            {
              unitId: county.id,
              unitName: county.name,
              planId: null,
              targetId: null,
              code: null,
              title: null,
              targetValue: null,
              measureUnit: null,
              value: null,
              reportedFor: null,
              ratio: null,
              readable: canRead.has(county.id),
            },
          ];
        }
        return mine.map((t) => {
          const latest = latestValue(points.get(t.id) ?? [], asOf);
          const value = latest?.value ?? null;
          return {
            unitId: county.id,
            unitName: county.name,
            planId: t.planId,
            targetId: t.id,
            code: t.code,
            title: t.title,
            targetValue: t.targetValue,
            measureUnit: t.measureUnit,
            value,
            reportedFor: latest?.reportedFor ?? null,
            ratio: completionRatio({ kind: t.kind as TargetKind, targetValue: t.targetValue, baselineValue: t.baselineValue }, value),
            readable: canRead.has(county.id),
          };
        });
      });
      // counties may state money in 万元 or 亿元: sums are taken in the city target's unit
      const cityUnit = cityTarget.measureUnit;
      const total = finiteSum(rows.map((r) => inUnitOf(r.value ?? 0, r.measureUnit, cityUnit)));
      const targets = rows.filter((r) => r.targetValue !== null);
      const reportedCount = rows.filter((r) => r.value !== null).length;
      return {
        rollupKey: k.rollupKey!,
        asOf,
        city,
        total,
        ratio: total !== null && cityTarget.targetValue && cityTarget.targetValue > 0 ? finiteOrNull(total / cityTarget.targetValue) : null,
        countiesTargetValue: targets.length ? finiteSum(targets.map((r) => inUnitOf(r.targetValue ?? 0, r.measureUnit, cityUnit))) : null,
        reportedCount,
        counties: rows,
        gap: rollupGap({ cityValue: city.value, countiesTotal: total, reportedCount, countyCount: rows.length }),
      };
    }),
  };
}
