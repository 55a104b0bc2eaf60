import type { PrismaClient } from "../../../generated/prisma/client";
import {
  countItemPoints,
  effectiveWindow,
  isWindowOpenInMonth,
  lastDayOfMonthIso,
  reportDueDay,
  statusDetail,
  type ProgressPoint,
  type TargetKind,
} from "../../domain";
import { writeAudit } from "../audit/write-audit";
import { isoToDbDate } from "../db-dates";
import { loadPlanLocks } from "../locks/month-locks";
import type { LoadedPlan } from "./load-plan";

export interface DemoReporting {
  items: Record<string, [string, string, string | null][]>;
  progress: Record<string, [string, number][]>;
}

const at9 = (date: string) => new Date(`${date}T01:00:00.000Z`); // 09:00 in 益阳

/** A stable spread of on-time / late / missing months, the same on every machine. */
function pattern(key: string): "ON_TIME" | "LATE" | "MISSING" {
  let h = 0;
  for (const ch of key) h = (h * 31 + ch.codePointAt(0)!) % 1000;
  const r = h % 10;
  return r < 6 ? "ON_TIME" : r < 8 ? "LATE" : "MISSING";
}

/**
 * The reporting half of the labelled demo set: the named items behind the count targets, the monthly
 * "本月无新进展" confirmations of a plausible section (mostly on time, some late, some missing, so the
 * 报送纪律 page has something to show), and — because 2013 lies in the past and every month of it would be
 * locked — an administrator's reopening of the whole year so the demo can be tried out. A real bureau loads
 * with SEED_DEMO=0 and gets none of this.
 */
export async function loadDemoReporting(
  db: PrismaClient,
  loaded: LoadedPlan,
  demo: DemoReporting,
  people: { headOf: (targetId: string) => string; firstOwner: (targetId: string) => string | null; adminId: string },
  /** false for a demo bureau that is only read (the province's demo cities): its year stays locked */
  reopenYear = true,
) {
  const plan = await db.plan.findUniqueOrThrow({ where: { id: loaded.planId }, select: { year: true, reportDueDays: true } });
  const targets = await db.target.findMany({
    where: { planId: loaded.planId },
    select: { id: true, code: true, kind: true, targetValue: true, baselineValue: true, startMonth: true, endMonth: true, owners: true },
  });
  const codeOf = new Map(targets.map((t) => [t.id, t.code]));

  const items = Object.entries(demo.items).flatMap(([code, list]) => {
    const targetId = loaded.targetIds.get(code);
    if (!targetId) throw new Error(`演示数据引用了不存在的目标编号 ${code}`);
    return list.map(([date, name, docNumber], i) => ({
      targetId,
      name,
      date: isoToDbDate(date),
      docNumber,
      sectionId: people.firstOwner(targetId),
      description: "【演示】演示数据，非真实事项",
      createdById: people.headOf(targetId),
      // a millisecond apart in list order, so "as entered" is the list's order on every engine
      createdAt: new Date(at9(date).getTime() + i),
      isDemo: true,
    }));
  });
  await db.countItem.createMany({ data: items });

  const confirmations = [];
  for (const t of targets) {
    if (t.owners.length === 0 || t.kind === "DECLARATION") continue;
    const code = codeOf.get(t.id)!;
    const figures = demo.progress[code] ?? [];
    const points: ProgressPoint[] =
      t.kind === "COUNT"
        ? countItemPoints((demo.items[code] ?? []).map(([date]) => ({ date, status: "ACTIVE", recordedAt: at9(date).toISOString() })))
        : figures.map(([reportedFor, value]) => ({ reportedFor, value, recordedAt: at9(reportedFor).toISOString() }));
    const reportedMonths = new Set(points.map((p) => Number(p.reportedFor.slice(5, 7))));
    const window = effectiveWindow(plan.year, t.startMonth, t.endMonth);
    const measure = { kind: t.kind as TargetKind, targetValue: t.targetValue, baselineValue: t.baselineValue };
    for (let month = 1; month <= 12; month++) {
      if (!isWindowOpenInMonth(window, plan.year, month) || reportedMonths.has(month)) continue;
      const before = month === 1 ? null : statusDetail({ measure, window, points, asOf: lastDayOfMonthIso(plan.year, month - 1) });
      if (before?.status === "DONE") continue;
      const how = pattern(`${code}-${month}`);
      if (how === "MISSING") continue;
      const end = lastDayOfMonthIso(plan.year, month);
      const due = reportDueDay(plan.year, month, plan.reportDueDays);
      const standing = points.filter((p) => p.reportedFor <= end).at(-1)?.value ?? 0;
      confirmations.push({
        targetId: t.id,
        action: "NO_CHANGE",
        value: standing,
        reportedFor: isoToDbDate(end),
        note: "【演示】本月无新进展",
        reportedById: people.headOf(t.id),
        isDemo: true,
        // late ones come in four days after the due day, still before the month locks
        createdAt: how === "ON_TIME" ? at9(end) : new Date(at9(due).getTime() + 4 * 86_400_000),
      });
    }
  }
  await db.progressEntry.createMany({ data: confirmations });

  if (reopenYear) await reopenDemoYear(db, loaded.planId, people.adminId);
  return { items: items.length, confirmations: confirmations.length };
}

/** The demo's reason for reopening 2013, as the 月份锁定 page and the audit log show it. */
export const DEMO_REOPEN_REASON = "【演示】2013 年为历史年度，各月均已过锁定期；演示环境由管理员重新开放全年以便试用填报。";

/**
 * Every month of a demo plan of a past year is long locked; the demo reopens the whole year (labelled, by the
 * seed's administrator) so it can be tried out. The reopening is the administrator's decision, so it is audited
 * like one made on the 月份锁定 page (REOPEN_MONTH): one row for the year's twelve decisions, about the plan,
 * with the months, the lock they lifted and the reason. Never written without the demo set.
 */
export async function reopenDemoYear(db: PrismaClient, planId: string, adminId: string) {
  const locks = await loadPlanLocks(planId, undefined, db);
  const reasons = [...new Set(locks.months.map((m) => m.reason))];
  const months = `${locks.year}-01/${locks.year}-12`;
  await db.$transaction(async (tx) => {
    await tx.monthLock.createMany({
      data: Array.from({ length: 12 }, (_, i) => ({
        planId,
        month: i + 1,
        state: "REOPENED",
        until: null,
        reason: DEMO_REOPEN_REASON,
        byId: adminId,
      })),
    });
    await writeAudit(tx, {
      userId: adminId,
      action: "REOPEN_MONTH",
      entityType: "Plan",
      entityId: planId,
      reason: DEMO_REOPEN_REASON,
      before: { months, locked: locks.months.every((m) => m.locked), lockReason: reasons.length === 1 ? reasons[0] : null },
      after: { months, locked: false },
    });
  });
}
