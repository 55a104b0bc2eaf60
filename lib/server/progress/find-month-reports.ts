import { lastDayOfMonthIso, type CheckStatus, type IsoDate } from "../../domain";
import { monthReports } from "../../domain/month-reports";
import { db } from "../db";
import { dbDateToIso, isoToDbDate } from "../db-dates";

/** One report of the month on a target, as 本月快速填报 lists it beside the target's line. */
export interface MonthReportView {
  targetId: string;
  kind: "FIGURE" | "ITEM" | "NO_CHANGE";
  date: IsoDate;
  /** a figure, or the figure standing when 本月无新进展 was confirmed; null for an item */
  value: number | null;
  /** a named item's name */
  name: string | null;
  checkStatus: CheckStatus;
  reportedBy: string;
}

/**
 * What a section already reported in the month of `asOf` on the plan's targets it owns (lib/domain/month-reports.ts):
 * figures that stand or wait to be checked, named items dated in the month, a standing 本月无新进展. At most three
 * queries whatever the number of targets (a correction may be dated in another month, so a target's reports come whole).
 */
export async function findMonthReports(options: { planId: string; sectionId: string; asOf: IsoDate }): Promise<MonthReportView[]> {
  const { planId, sectionId, asOf } = options;
  const [year, month] = asOf.split("-").map(Number);
  const owned = { planId, owners: { some: { sectionId } } };
  const [entries, items] = await Promise.all([
    db.progressEntry.findMany({
      where: { target: owned },
      select: {
        id: true,
        targetId: true,
        action: true,
        replacesId: true,
        value: true,
        reportedFor: true,
        createdAt: true,
        checkStatus: true,
        reportedBy: { select: { displayName: true } },
      },
    }),
    db.countItem.findMany({
      where: { target: owned, date: { gte: isoToDbDate(`${asOf.slice(0, 7)}-01`), lte: isoToDbDate(lastDayOfMonthIso(year, month)) } },
      select: {
        targetId: true,
        name: true,
        date: true,
        status: true,
        createdAt: true,
        checkStatus: true,
        createdById: true,
      },
    }),
  ]);
  const entryFacts = entries.map((e) => ({ ...e, reportedFor: dbDateToIso(e.reportedFor), createdAt: e.createdAt.toISOString() }));
  // items name their author by id only: one more query, for the month's few
  const authors = items.length
    ? await db.user.findMany({
        where: { id: { in: [...new Set(items.map((i) => i.createdById))] } },
        select: { id: true, displayName: true },
      })
    : [];
  const authorName = new Map(authors.map((u) => [u.id, u.displayName]));
  const itemFacts = items.map((i) => ({ ...i, date: dbDateToIso(i.date), createdAt: i.createdAt.toISOString() }));
  const byTarget = new Map<string, { entries: typeof entryFacts; items: typeof itemFacts }>();
  const of = (targetId: string) => byTarget.get(targetId) ?? byTarget.set(targetId, { entries: [], items: [] }).get(targetId)!;
  for (const e of entryFacts) of(e.targetId).entries.push(e);
  for (const i of itemFacts) of(i.targetId).items.push(i);
  return [...byTarget.values()].flatMap((t) =>
    monthReports(t.entries, t.items, asOf).map((r): MonthReportView =>
      r.kind === "ITEM"
        ? {
            targetId: r.item.targetId,
            kind: "ITEM",
            date: r.item.date,
            value: null,
            name: r.item.name,
            checkStatus: r.item.checkStatus as CheckStatus,
            reportedBy: authorName.get(r.item.createdById) ?? "",
          }
        : {
            targetId: r.entry.targetId,
            kind: r.kind,
            date: r.entry.reportedFor,
            value: r.entry.value,
            name: null,
            checkStatus: r.entry.checkStatus as CheckStatus,
            reportedBy: r.entry.reportedBy.displayName,
          },
    ),
  );
}
