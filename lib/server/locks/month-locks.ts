import type { Prisma } from "../../../generated/prisma/client";
import { monthOfDate, planMonthLocks, type IsoDate, type LockOverride, type MonthLockState } from "../../domain";
import { db } from "../db";
import { dbDateToIso, todayIso } from "../db-dates";
import { AppError, notFound } from "../errors";
import { msg, monthMsg } from "../../i18n/message-text";
import type { ErrorKey } from "../../i18n/errors";

type Client = Prisma.TransactionClient | typeof db;

export interface PlanLockFacts {
  planId: string;
  unitId: string;
  year: number;
  lockAfterDays: number;
  reportDueDays: number;
  months: MonthLockState[];
  decisions: { month: number; state: string; reason: string; byId: string; at: Date; until: Date | null }[];
}

/** The lock state of every month of a plan, from its settings, its reviews' snapshots and the admins' decisions. */
export async function loadPlanLocks(planId: string, today: IsoDate = todayIso(), client: Client = db): Promise<PlanLockFacts> {
  const plan = await client.plan.findUnique({
    where: { id: planId },
    select: {
      unitId: true,
      year: true,
      lockAfterDays: true,
      reportDueDays: true,
      monthLocks: true,
      reviews: { select: { periodStart: true, periodEnd: true, snapshotAt: true } },
    },
  });
  if (!plan) throw notFound("noun.plan");
  const overrides = new Map<number, LockOverride>(
    plan.monthLocks.map((l) => [
      l.month,
      { state: l.state === "LOCKED" ? "LOCKED" : "REOPENED", untilDay: l.until ? dbDateToIso(l.until) : null },
    ]),
  );
  const months = planMonthLocks({
    year: plan.year,
    lockAfterDays: plan.lockAfterDays,
    today,
    // the day a snapshot was taken where the bureau works, like every other calendar date
    snapshots: plan.reviews.map((r) => ({ start: dbDateToIso(r.periodStart), end: dbDateToIso(r.periodEnd), day: todayIso(r.snapshotAt) })),
    overrides,
  });
  return {
    planId,
    unitId: plan.unitId,
    year: plan.year,
    lockAfterDays: plan.lockAfterDays,
    reportDueDays: plan.reportDueDays,
    months,
    decisions: plan.monthLocks,
  };
}

const WHY: Record<string, ErrorKey> = {
  AUTO: "locked.auto",
  SNAPSHOT: "locked.snapshot",
  ADMIN_LOCKED: "locked.admin",
};

/**
 * Refuses a write whose figures belong to a locked month. Runs inside the write's transaction, so a month
 * locked a moment earlier is seen; dates outside the plan year are left to the input validation.
 */
export async function assertMonthsOpen(tx: Client, planId: string, dates: readonly IsoDate[], today: IsoDate = todayIso()): Promise<void> {
  const facts = await loadPlanLocks(planId, today, tx);
  for (const date of dates) {
    const month = monthOfDate(date, facts.year);
    if (month === null) continue;
    const state = facts.months[month - 1];
    if (!state.locked) continue;
    const why = WHY[state.reason] ? msg(WHY[state.reason], { days: facts.lockAfterDays }) : "";
    throw new AppError("PERIOD_LOCKED", msg("locked.month", { year: facts.year, month: monthMsg(month), why }), {
      month,
      lockReason: state.reason,
    });
  }
}
