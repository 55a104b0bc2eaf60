import { defaultAsOf, paceLine, type IsoDate } from "../../domain";
import { db } from "../db";
import { todayIso } from "../db-dates";
import { notFound } from "../errors";
import { toEntryViews, type ProgressEntryView } from "../progress/entry-view";
import { findItemsByTarget, type CountItemView } from "../items/find-items";
import { loadPlanLocks } from "../locks/month-locks";
import type { MonthLockRowView } from "../locks/find-plan-locks";
import { toLockRows } from "../locks/find-plan-locks";
import { loadPlanState, type PlanInfoView } from "../plan-state/load-plan-state";
import { evaluateTarget, measureOf, type TargetProgressView } from "../plan-state/target-view";
import { RECTIFICATION_INCLUDE, toRectificationView, type RectificationView } from "../rectifications/rectification-view";

export interface TargetDetailView {
  progress: TargetProgressView;
  plan: PlanInfoView;
  areaName: string;
  asOf: IsoDate;
  entries: ProgressEntryView[];
  paceLine: { date: IsoDate; expected: number | null }[];
  items: CountItemView[];
  locks: MonthLockRowView[];
  /** 整改通知 on the target, newest first, signed-off ones included */
  rectifications: RectificationView[];
  /** the figures that count, in date order: reports, or a count target's running item count */
  figures: { date: IsoDate; value: number }[];
}

/** The target page: its evaluation at asOf, the whole report history and the linear pace line. */
export async function findTargetDetail(options: { targetId: string; asOf?: IsoDate | null }): Promise<TargetDetailView> {
  const row = await db.target.findUnique({ where: { id: options.targetId }, select: { planId: true } });
  if (!row) throw notFound("noun.target");
  const state = await loadPlanState(row.planId, { targetId: options.targetId });
  const target = state.targets[0];
  const asOf = options.asOf ?? defaultAsOf(state.plan.year, todayIso());
  const [entries, items, locks, rectifications] = await Promise.all([
    db.progressEntry.findMany({ where: { targetId: target.id }, orderBy: [{ reportedFor: "desc" }, { createdAt: "desc" }] }),
    target.kind === "COUNT" ? findItemsByTarget(target.id) : Promise.resolve([]),
    loadPlanLocks(row.planId),
    db.rectification.findMany({ where: { targetId: target.id }, include: RECTIFICATION_INCLUDE, orderBy: { createdAt: "desc" } }),
  ]);
  return {
    progress: evaluateTarget(target, state.pointsByTarget.get(target.id) ?? [], asOf, state.plan.behindMargin),
    plan: state.plan,
    areaName: state.areas.find((a) => a.id === target.areaId)?.name ?? "",
    asOf,
    // a count target's figure comes from its items alone
    entries: toEntryViews(entries, target.kind),
    paceLine: paceLine(measureOf(target), target.window),
    items,
    locks: toLockRows(locks),
    rectifications: rectifications.map((r) => toRectificationView(r)),
    figures: (state.pointsByTarget.get(target.id) ?? [])
      .map((p) => ({ date: p.reportedFor, value: p.value, recordedAt: p.recordedAt }))
      .sort((a, b) => (a.date === b.date ? a.recordedAt.localeCompare(b.recordedAt) : a.date < b.date ? -1 : 1))
      .map(({ date, value }) => ({ date, value })),
  };
}
