import { defaultAsOf, effectiveEntries, paceLine, type IsoDate } from "../../domain";
import { db } from "../db";
import { dbDateToIso, todayIso } from "../db-dates";
import { notFound } from "../errors";
import { findItemsByTarget, type CountItemView } from "../items/find-items";
import { loadPlanLocks } from "../locks/month-locks";
import type { MonthLockRowView } from "../locks/find-plan-locks";
import { toLockRows } from "../locks/find-plan-locks";
import { loadPlanState, type PlanInfoView } from "./load-plan-state";
import { evaluateTarget, measureOf, type TargetProgressView } from "./target-view";

export interface ProgressEntryView {
  id: string;
  targetId: string;
  value: number;
  reportedFor: IsoDate;
  note: string | null;
  action: string;
  reason: string | null;
  replacesId: string | null;
  /** false once corrected or withdrawn, for withdrawal records, NO_CHANGE confirmations and on count targets */
  counts: boolean;
  enteredValue: number | null;
  enteredUnit: string | null;
  isDemo: boolean;
  reportedById: string;
  createdAt: Date;
}

export interface TargetDetailView {
  progress: TargetProgressView;
  plan: PlanInfoView;
  areaName: string;
  asOf: IsoDate;
  entries: ProgressEntryView[];
  paceLine: { date: IsoDate; expected: number | null }[];
  items: CountItemView[];
  locks: MonthLockRowView[];
  /** the figures that count, in date order: reports, or a count target's running item count */
  figures: { date: IsoDate; value: number }[];
}

/** The target page: its evaluation at asOf, the whole report history and the linear pace line. */
export async function findTargetDetail(options: { targetId: string; asOf?: IsoDate | null }): Promise<TargetDetailView> {
  const row = await db.target.findUnique({ where: { id: options.targetId }, select: { planId: true } });
  if (!row) throw notFound("指标");
  const state = await loadPlanState(row.planId, { targetId: options.targetId });
  const target = state.targets[0];
  const asOf = options.asOf ?? defaultAsOf(state.plan.year, todayIso());
  const [entries, items, locks] = await Promise.all([
    db.progressEntry.findMany({ where: { targetId: target.id }, orderBy: [{ reportedFor: "desc" }, { createdAt: "desc" }] }),
    target.kind === "COUNT" ? findItemsByTarget(target.id) : Promise.resolve([]),
    loadPlanLocks(row.planId),
  ]);
  // a count target's figure comes from its items alone
  const counting = new Set(target.kind === "COUNT" ? [] : effectiveEntries(entries).map((e) => e.id));
  return {
    progress: evaluateTarget(target, state.pointsByTarget.get(target.id) ?? [], asOf, state.plan.behindMargin),
    plan: state.plan,
    areaName: state.areas.find((a) => a.id === target.areaId)?.name ?? "",
    asOf,
    entries: entries.map((e) => ({ ...e, reportedFor: dbDateToIso(e.reportedFor), counts: counting.has(e.id) })),
    paceLine: paceLine(measureOf(target), target.window),
    items,
    locks: toLockRows(locks),
    figures: (state.pointsByTarget.get(target.id) ?? [])
      .map((p) => ({ date: p.reportedFor, value: p.value, recordedAt: p.recordedAt }))
      .sort((a, b) => (a.date === b.date ? a.recordedAt.localeCompare(b.recordedAt) : a.date < b.date ? -1 : 1))
      .map(({ date, value }) => ({ date, value })),
  };
}
