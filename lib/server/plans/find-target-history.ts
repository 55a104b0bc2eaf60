import type { IsoDate, TargetKind, TargetStatus } from "../../domain";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { loadPlanState } from "../plan-state/load-plan-state";
import type { PlanInfoView } from "../plan-state/plan-info";
import { evaluateTarget, type TargetView } from "../plan-state/target-view";

/** One year of a target: how the year ended (value, completion and status as of 31 December). */
export interface YearResultView {
  year: number;
  planId: string;
  targetId: string;
  code: string;
  title: string;
  kind: TargetKind;
  measureUnit: string | null;
  targetValue: number | null;
  points: number;
  value: number | null;
  reportedFor: IsoDate | null;
  ratio: number | null;
  status: TargetStatus;
  asOf: IsoDate;
}

export interface TargetHistoryView {
  /** what ties the years together: the first year's target id, kept by every copy */
  lineageKey: string;
  code: string;
  title: string;
  kind: TargetKind;
  measureUnit: string | null;
  /** oldest year first */
  results: YearResultView[];
}

export interface PlanHistoryView {
  plan: PlanInfoView;
  /** every year the unit has a plan for, oldest first */
  years: number[];
  /** the plan's targets in plan order, each with its results in every year it existed */
  targets: TargetHistoryView[];
}

/** A target's lineage: its lineageKey, or its own id when it is the first of its line. */
export const lineageOf = (t: { id: string; lineageKey: string | null }) => t.lineageKey ?? t.id;

async function yearEnd(planId: string, filter: { targetId?: string } = {}) {
  const state = await loadPlanState(planId, filter);
  const asOf = `${state.plan.year}-12-31`;
  const keys = new Map(
    (await db.target.findMany({ where: { planId }, select: { id: true, lineageKey: true } })).map((t) => [t.id, lineageOf(t)]),
  );
  return {
    plan: state.plan,
    results: state.targets.map((t) => ({ key: keys.get(t.id)!, target: t, result: result(t, state, asOf) })),
  };
}

function result(t: TargetView, state: Awaited<ReturnType<typeof loadPlanState>>, asOf: IsoDate): YearResultView {
  const p = evaluateTarget(t, state.pointsByTarget.get(t.id) ?? [], asOf, state.plan.behindMargin);
  return {
    year: state.plan.year,
    planId: state.plan.id,
    targetId: t.id,
    code: t.code,
    title: t.title,
    kind: t.kind,
    measureUnit: t.measureUnit,
    targetValue: t.targetValue,
    points: t.points,
    value: p.value,
    reportedFor: p.reportedFor,
    ratio: p.ratio,
    status: p.status,
    asOf,
  };
}

/** The same target (by lineage) in every year of its unit's plans, with each year's year-end result. */
export async function findTargetHistory(options: { user: SessionUser; targetId: string }): Promise<TargetHistoryView> {
  const target = await db.target.findUniqueOrThrow({ where: { id: options.targetId }, include: { plan: { select: { unitId: true } } } });
  const key = lineageOf(target);
  const line = await db.target.findMany({
    where: { plan: { unitId: target.plan.unitId }, OR: [{ id: key }, { lineageKey: key }] },
    select: { id: true, planId: true, plan: { select: { year: true } } },
    orderBy: { plan: { year: "asc" } },
  });
  const results: YearResultView[] = [];
  for (const t of line) {
    const { results: rows } = await yearEnd(t.planId, { targetId: t.id });
    results.push(...rows.map((r) => r.result));
  }
  return {
    lineageKey: key,
    code: target.code,
    title: target.title,
    kind: target.kind as TargetKind,
    measureUnit: target.measureUnit,
    results,
  };
}

/**
 * The year-over-year view of a plan: each of its targets with its results in every year of the unit's plans
 * (the same target by lineage, whatever its code was that year). A few statements per year of plans.
 */
export async function findPlanHistory(options: { user: SessionUser; planId: string }): Promise<PlanHistoryView> {
  const { unitId } = await db.plan.findUniqueOrThrow({ where: { id: options.planId }, select: { unitId: true } });
  const plans = await db.plan.findMany({ where: { unitId }, orderBy: { year: "asc" }, select: { id: true, year: true } });
  const byKey = new Map<string, YearResultView[]>();
  let current: Awaited<ReturnType<typeof yearEnd>> | null = null;
  for (const p of plans) {
    const year = await yearEnd(p.id);
    if (p.id === options.planId) current = year;
    for (const r of year.results) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r.result]);
  }
  return {
    plan: current!.plan,
    years: plans.map((p) => p.year),
    targets: current!.results.map((r) => ({
      lineageKey: r.key,
      code: r.target.code,
      title: r.target.title,
      kind: r.target.kind,
      measureUnit: r.target.measureUnit,
      results: byKey.get(r.key) ?? [],
    })),
  };
}
