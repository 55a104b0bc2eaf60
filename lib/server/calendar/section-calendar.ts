import { addDays, format } from "date-fns";
import { effectiveWindow, toDate, windowBounds } from "../../domain";
import { db } from "../db";
import { dbDateToIso } from "../db-dates";
import { notFound } from "../errors";
import { buildIcs } from "./ics";

const PRODID = "-//Performance Target Tracker//绩效目标追踪//ZH";
const UID_DOMAIN = "perf-target-tracker";

const dayAfter = (iso: string) => format(addDays(toDate(iso), 1), "yyyy-MM-dd");

/**
 * One section's calendar: an all-day event spanning each owned target's window (every plan of its unit),
 * and one on the deadline of each open 整改通知 on those targets. Two queries whatever the size.
 */
export async function sectionCalendar(options: { sectionId: string }): Promise<{ name: string; ics: string }> {
  const section = await db.section.findUnique({ where: { id: options.sectionId }, select: { id: true, name: true } });
  if (!section) throw notFound("noun.section");
  const targets = await db.target.findMany({
    where: { owners: { some: { sectionId: section.id } } },
    select: {
      id: true,
      code: true,
      title: true,
      wording: true,
      windowText: true,
      startMonth: true,
      endMonth: true,
      updatedAt: true,
      plan: { select: { year: true, title: true } },
      rectifications: { where: { status: "OPEN" }, select: { id: true, notice: true, deadline: true, createdAt: true } },
    },
    orderBy: [{ plan: { year: "asc" } }, { sortOrder: "asc" }],
  });
  const events = targets.flatMap((t) => {
    const { start, end } = windowBounds(effectiveWindow(t.plan.year, t.startMonth, t.endMonth));
    const window = {
      uid: `target-${t.id}@${UID_DOMAIN}`,
      start,
      endExclusive: dayAfter(end),
      summary: `${t.code} ${t.title}`,
      description: [t.wording, t.windowText ? `完成时间：${t.windowText}` : null, t.plan.title].filter(Boolean).join("\n"),
      stamp: t.updatedAt,
      categories: ["绩效目标"],
    };
    const deadlines = t.rectifications.map((r) => {
      const day = dbDateToIso(r.deadline);
      return {
        uid: `rectification-${r.id}@${UID_DOMAIN}`,
        start: day,
        endExclusive: dayAfter(day),
        summary: `整改期限：${t.code} ${t.title}`,
        description: r.notice,
        stamp: r.createdAt,
        categories: ["整改通知"],
      };
    });
    return [window, ...deadlines];
  });
  const name = `${section.name} · 绩效目标`;
  return { name, ics: buildIcs({ prodId: PRODID, name, events }) };
}
