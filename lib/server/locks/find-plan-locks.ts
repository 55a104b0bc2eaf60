import type { IsoDate } from "../../domain";
import { dbDateToIso } from "../db-dates";
import { loadPlanLocks, type PlanLockFacts } from "./month-locks";

/** One month's lock state with the administrator's decision behind it (GraphQL MonthLockView). */
export interface MonthLockRowView {
  month: number;
  locked: boolean;
  reason: string;
  autoLockOn: IsoDate;
  reopenedUntil: IsoDate | null;
  decidedById: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
}

export interface PlanLocksView {
  planId: string;
  unitId: string;
  year: number;
  lockAfterDays: number;
  reportDueDays: number;
  months: MonthLockRowView[];
}

export function toLockRows(facts: PlanLockFacts): MonthLockRowView[] {
  const decisions = new Map(facts.decisions.map((d) => [d.month, d]));
  return facts.months.map((m) => {
    const d = decisions.get(m.month);
    return {
      month: m.month,
      locked: m.locked,
      reason: m.reason,
      autoLockOn: m.autoLockOn,
      reopenedUntil: m.reopenedUntil ?? (d?.state === "REOPENED" && d.until ? dbDateToIso(d.until) : null),
      decidedById: d?.byId ?? null,
      decidedAt: d?.at ?? null,
      decisionReason: d?.reason ?? null,
    };
  });
}

/** The twelve months of a plan with their lock state as of today. */
export async function findPlanLocks(options: { planId: string; today?: IsoDate }): Promise<PlanLocksView> {
  const facts = await loadPlanLocks(options.planId, options.today);
  return {
    planId: facts.planId,
    unitId: facts.unitId,
    year: facts.year,
    lockAfterDays: facts.lockAfterDays,
    reportDueDays: facts.reportDueDays,
    months: toLockRows(facts),
  };
}
