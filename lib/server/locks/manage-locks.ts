import { addDays } from "date-fns";
import { toDate, toIso, type IsoDate } from "../../domain";
import { canManagePlans } from "../access/permissions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { todayIso } from "../db-dates";
import { AppError, notFound } from "../errors";

/** Only administrators of the plan's own unit lock, reopen and configure reporting. */
export async function findManageablePlan(user: SessionUser, planId: string) {
  const plan = await db.plan.findUnique({
    where: { id: planId },
    select: { id: true, unitId: true, year: true, lockAfterDays: true, reportDueDays: true },
  });
  if (!plan) throw notFound("计划");
  if (!canManagePlans(user, plan.unitId)) throw new AppError("FORBIDDEN", "只有本单位管理员可以锁定或重新开放月份");
  return plan;
}

export function requireMonth(month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new AppError("BAD_USER_INPUT", "月份应为 1 到 12", { fields: { month: "月份应为 1 到 12" } });
  return month;
}

export function requireLockReason(reason: string | null | undefined): string {
  const trimmed = (reason ?? "").trim();
  if (!trimmed) throw new AppError("BAD_USER_INPUT", "请填写原因", { fields: { reason: "请填写原因" } });
  if (trimmed.length > 500) throw new AppError("BAD_USER_INPUT", "原因不能超过 500 字", { fields: { reason: "原因不能超过 500 字" } });
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
    throw new AppError("BAD_USER_INPUT", `开放截止日期应在今天（${today}）到 ${latest} 之间`, { fields: { untilDay: "日期超出范围" } });
  }
  return untilDay;
}
