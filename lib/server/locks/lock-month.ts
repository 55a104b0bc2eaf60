import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { dbDateToIso, isoToDbDate, todayIso } from "../db-dates";
import { findPlanLocks, type PlanLocksView } from "./find-plan-locks";
import { findManageablePlan, reopenUntil, requireLockReason, requireMonth } from "./manage-locks";
import { loadPlanLocks } from "./month-locks";

export interface MonthDecisionOptions {
  user: SessionUser;
  planId: string;
  month: number;
  reason: string;
  /** reopen only: the last day the reopening lasts (default: a week from today) */
  untilDay?: string | null;
  today?: string;
}

/**
 * An administrator locks a month early or reopens a locked one, always with a reason. The decision replaces
 * the month's earlier one (one per month); the audit row keeps the state before and after, so the history
 * of every lock and reopening stays readable.
 */
async function decide(options: MonthDecisionOptions, state: "LOCKED" | "REOPENED"): Promise<PlanLocksView> {
  const plan = await findManageablePlan(options.user, options.planId);
  const month = requireMonth(options.month);
  const reason = requireLockReason(options.reason);
  const today = options.today ?? todayIso();
  const until = state === "REOPENED" ? reopenUntil(options.untilDay, today) : null;
  const before = (await loadPlanLocks(plan.id, today)).months[month - 1];
  await db.$transaction(async (tx) => {
    const saved = await tx.monthLock.upsert({
      where: { planId_month: { planId: plan.id, month } },
      create: { planId: plan.id, month, state, reason, byId: options.user.id, until: until ? isoToDbDate(until) : null },
      update: { state, reason, byId: options.user.id, at: new Date(), until: until ? isoToDbDate(until) : null },
    });
    await writeAudit(tx, {
      userId: options.user.id,
      action: state === "LOCKED" ? "LOCK_MONTH" : "REOPEN_MONTH",
      entityType: "MonthLock",
      entityId: saved.id,
      reason,
      before: { month: `${plan.year}-${String(month).padStart(2, "0")}`, locked: before.locked, lockReason: before.reason },
      after: {
        month: `${plan.year}-${String(month).padStart(2, "0")}`,
        locked: state === "LOCKED",
        ...(saved.until ? { until: dbDateToIso(saved.until) } : {}),
      },
    });
  });
  return findPlanLocks({ planId: plan.id, today });
}

export const lockMonth = (options: Omit<MonthDecisionOptions, "untilDay">) => decide(options, "LOCKED");
export const reopenMonth = (options: MonthDecisionOptions) => decide(options, "REOPENED");
