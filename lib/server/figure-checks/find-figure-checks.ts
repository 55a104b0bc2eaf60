import { latestValue, lastDayOfMonthIso, returnedEntryAnswered } from "../../domain";
import { db } from "../db";
import { dbDateToIso } from "../db-dates";
import { loadPlanState } from "../plan-state/load-plan-state";
import type { PlanInfoView } from "../plan-state/plan-info";
import { checkEntryInclude, checkItemInclude, entryCheckView, itemCheckView, type FigureCheckView } from "./figure-check-view";

export interface FigureChecksView {
  plan: PlanInfoView;
  enabled: boolean;
  pending: FigureCheckView[];
  returned: FigureCheckView[];
}

/**
 * A plan's 数据审核 queue: every report and item waiting for the 考核组 (oldest first, so nothing waits
 * longest by being at the bottom), and those returned that their sections have not corrected yet (newest
 * first). Each comes with the figure standing now, so the checker sees what accepting it would change. A fixed
 * number of queries whatever the plan's size.
 */
export async function findFigureChecks(options: { planId: string }): Promise<FigureChecksView> {
  const { planId } = options;
  const inPlan = { target: { planId } };
  const [state, pendingEntries, returnedEntries, pendingItems, returnedItems, history] = await Promise.all([
    loadPlanState(planId),
    db.progressEntry.findMany({ where: { ...inPlan, checkStatus: "PENDING" }, include: checkEntryInclude, orderBy: { createdAt: "asc" } }),
    db.progressEntry.findMany({
      where: { ...inPlan, checkStatus: "RETURNED" },
      include: checkEntryInclude,
      orderBy: { checkedAt: "desc" },
    }),
    db.countItem.findMany({
      where: { ...inPlan, status: "ACTIVE", checkStatus: "PENDING" },
      include: checkItemInclude,
      orderBy: { updatedAt: "asc" },
    }),
    db.countItem.findMany({
      where: { ...inPlan, status: "ACTIVE", checkStatus: "RETURNED" },
      include: checkItemInclude,
      orderBy: { checkedAt: "desc" },
    }),
    // what answers a returned report: its correction, or a later report for the same day
    db.progressEntry.findMany({
      where: inPlan,
      select: { id: true, replacesId: true, targetId: true, reportedFor: true, createdAt: true, checkStatus: true },
    }),
  ]);
  const yearEnd = lastDayOfMonthIso(state.plan.year, 12);
  const standing = (targetId: string) => latestValue(state.pointsByTarget.get(targetId) ?? [], yearEnd)?.value ?? null;
  const facts = history.map((e) => ({ ...e, reportedFor: dbDateToIso(e.reportedFor), createdAt: e.createdAt.toISOString() }));
  const open = returnedEntries.filter(
    (e) => !returnedEntryAnswered({ ...e, reportedFor: dbDateToIso(e.reportedFor), createdAt: e.createdAt.toISOString() }, facts),
  );
  return {
    plan: state.plan,
    enabled: state.plan.checkFigures,
    pending: [
      ...pendingEntries.map((e) => entryCheckView(e, standing(e.targetId))),
      ...pendingItems.map((i) => itemCheckView(i, standing(i.targetId) ?? 0)),
    ].sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime()),
    returned: [
      ...open.map((e) => entryCheckView(e, standing(e.targetId))),
      ...returnedItems.map((i) => itemCheckView(i, standing(i.targetId) ?? 0)),
    ].sort((a, b) => (b.checkedAt?.getTime() ?? 0) - (a.checkedAt?.getTime() ?? 0)),
  };
}
