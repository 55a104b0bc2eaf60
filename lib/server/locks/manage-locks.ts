import { addDays } from "date-fns";
import { toDate, toIso, type IsoDate } from "../../domain";
import { canManagePlans } from "../access/permissions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { todayIso } from "../db-dates";
import { AppError, notFound } from "../errors";
import { msg } from "../../i18n/message-text";

/** Only administrators of the plan's own unit lock, reopen and configure reporting. */
export async function findManageablePlan(user: SessionUser, planId: string) {
  const plan = await db.plan.findUnique({
    where: { id: planId },
    select: { id: true, unitId: true, year: true, lockAfterDays: true, reportDueDays: true },
  });
  if (!plan) throw notFound("noun.plan");
  if (!canManagePlans(user, plan.unitId)) throw new AppError("FORBIDDEN", msg("locks.forbidden"));
  return plan;
}

export function requireMonth(month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new AppError("BAD_USER_INPUT", msg("locks.monthRange"), { fields: { month: msg("locks.monthRange") } });
  return month;
}

export function requireLockReason(reason: string | null | undefined): string {
  const trimmed = (reason ?? "").trim();
  if (!trimmed) throw new AppError("BAD_USER_INPUT", msg("reason.required"), { fields: { reason: msg("reason.required") } });
  if (trimmed.length > 500)
    throw new AppError("BAD_USER_INPUT", msg("reason.tooLong", { max: 500 }), { fields: { reason: msg("reason.tooLong", { max: 500 }) } });
  return trimmed;
}

/** A reopening is temporary: through the given day (today … 90 days on), by default a week. */
export function reopenUntil(untilDay: IsoDate | null | undefined, today = todayIso()): IsoDate {
  const latest = toIso(addDays(toDate(today), 90));
  if (untilDay == null) return toIso(addDays(toDate(today), 7));
  let valid = /^\d{4}-\d{2}-\d{2}$/.test(untilDay);
  if (valid) {
    try {
      toDate(untilDay);
    } catch {
      valid = false;
    }
  }
  if (!valid || untilDay < today || untilDay > latest) {
    throw new AppError("BAD_USER_INPUT", msg("locks.untilRange", { today, latest }), { fields: { untilDay: msg("locks.dateOutOfRange") } });
  }
  return untilDay;
}
