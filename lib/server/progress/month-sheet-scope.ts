import { parseSheetMonth } from "../../domain/month-sheet";
import { reportableTargetWhere } from "../access/permissions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { writableTargetInclude } from "./target-write";
import { msg } from "../../i18n/message-text";

/** The names of the 本月填报表's two worksheets. */
export const MONTH_SHEET_NAME = "本月填报";
export const MONTH_SHEET_NOTES = "填写说明";

/**
 * What one section's 本月填报表 is about, for both its download and its upload: the section, its unit's plan
 * of the month's year, and the targets of that plan the section owns and the user may report (a section head
 * their own section's, an administrator any section's of their unit — the operation has checked the section
 * itself). The targets come as findWritableTarget finds them, so a row is checked exactly as a typed report.
 */
export async function findMonthSheetScope(options: { user: SessionUser; sectionId: string; month: string }) {
  const when = parseSheetMonth(options.month);
  if (!when) throw new AppError("BAD_USER_INPUT", msg("sheet.monthFormat"), { fields: { month: msg("sheet.monthFormat") } });
  const section = await db.section.findUnique({ where: { id: options.sectionId }, select: { id: true, name: true, unitId: true } });
  if (!section) throw notFound("noun.section");
  const plan = await db.plan.findUnique({
    where: { unitId_year: { unitId: section.unitId, year: when.year } },
    select: { id: true, year: true, title: true },
  });
  if (!plan) {
    const message = msg("sheet.noPlanYear", { year: when.year });
    throw new AppError("NOT_FOUND", message, { fields: { month: message } });
  }
  const targets = await db.target.findMany({
    where: { AND: [{ planId: plan.id, owners: { some: { sectionId: section.id } } }, reportableTargetWhere(options.user)] },
    include: writableTargetInclude,
    orderBy: { sortOrder: "asc" },
  });
  return { section, plan, year: when.year, month: when.month, targets };
}

export type MonthSheetScope = Awaited<ReturnType<typeof findMonthSheetScope>>;
