import type { Prisma } from "../../../generated/prisma/client";
import { monthOfDate, planMonthLocks, type IsoDate, type LockOverride, type MonthLockState } from "../../domain";
import { db } from "../db";
import { dbDateToIso, isoToDbDate, todayIso } from "../db-dates";
import { instantText, type Dialect } from "../sql/dialect";
import { readRowsIn, sqlDialect } from "../sql/read-rows";
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

/** One row of the plan's lock facts (lockFactsSql): the plan itself, an admin's decision or a review's snapshot. */
interface LockFactRow {
  kind: "plan" | "lock" | "review";
  unitId: string | null;
  year: number | null;
  lockAfterDays: number | null;
  reportDueDays: number | null;
  month: number | null;
  state: string | null;
  reason: string | null;
  byId: string | null;
  at: string | null;
  until: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  snapshotAt: string | null;
}

/**
 * The plan, its admins' decisions and its reviews' snapshots in one statement: every write of a figure asks for
 * them inside its transaction (assertMonthsOpen), where three round trips were a third of its statements (#12).
 */
const lockFactsSql = (d: Dialect) => `SELECT 'plan' AS kind, p."unitId" AS "unitId", p.year AS year, p."lockAfterDays" AS "lockAfterDays",
  p."reportDueDays" AS "reportDueDays", NULL AS month, NULL AS state, NULL AS reason, NULL AS "byId", NULL AS at, NULL AS until,
  NULL AS "periodStart", NULL AS "periodEnd", NULL AS "snapshotAt"
FROM "Plan" p WHERE p.id = $1
UNION ALL
SELECT 'lock', NULL, NULL, NULL, NULL, l.month, l.state, l.reason, l."byId", ${d.instant("l.at")}, ${d.day("l.until")}, NULL, NULL, NULL
FROM "MonthLock" l WHERE l."planId" = $1
UNION ALL
SELECT 'review', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ${d.day('r."periodStart"')}, ${d.day('r."periodEnd"')},
  ${d.instant('r."snapshotAt"')}
FROM "Review" r WHERE r."planId" = $1`;

/** The lock state of every month of a plan, from its settings, its reviews' snapshots and the admins' decisions. */
export async function loadPlanLocks(planId: string, today: IsoDate = todayIso(), client: Client = db): Promise<PlanLockFacts> {
  const rows = await readRowsIn<LockFactRow>(client, lockFactsSql(sqlDialect()), [planId]);
  const plan = rows.find((r) => r.kind === "plan");
  if (!plan) throw notFound("noun.plan");
  const decisions = rows
    .filter((r) => r.kind === "lock")
    .map((l) => ({
      month: Number(l.month),
      state: l.state!,
      reason: l.reason!,
      byId: l.byId!,
      at: new Date(instantText(l.at!)),
      until: l.until ? isoToDbDate(l.until) : null,
    }));
  const overrides = new Map<number, LockOverride>(
    decisions.map((l) => [
      l.month,
      { state: l.state === "LOCKED" ? "LOCKED" : "REOPENED", untilDay: l.until ? dbDateToIso(l.until) : null },
    ]),
  );
  const year = Number(plan.year);
  const lockAfterDays = Number(plan.lockAfterDays);
  const months = planMonthLocks({
    year,
    lockAfterDays,
    today,
    // the day a snapshot was taken where the bureau works, like every other calendar date
    snapshots: rows
      .filter((r) => r.kind === "review")
      .map((r) => ({ start: r.periodStart!, end: r.periodEnd!, day: todayIso(new Date(instantText(r.snapshotAt!))) })),
    overrides,
  });
  return { planId, unitId: plan.unitId!, year, lockAfterDays, reportDueDays: Number(plan.reportDueDays), months, decisions };
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
