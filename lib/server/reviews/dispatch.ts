import { isDueInMonth, isSettled, isWindowOpenInMonth, lastDayOfMonthIso, type IsoDate, type TargetStatus } from "../../domain";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { findPlanDashboard } from "../plans/find-plan-dashboard";
import type { SectionView, TargetView } from "../plan-state/target-view";
import { findSectionsByUnitIds } from "../units/find-sections";
import { RECTIFICATION_INCLUDE, toRectificationView, type RectificationView } from "../rectifications/rectification-view";
import { msg } from "../../i18n/message-text";

/** One line of a 月度调度 list: a target the section still owes work on this month. */
export interface DispatchTargetView {
  target: TargetView;
  status: TargetStatus;
  value: number | null;
  ratio: number | null;
  /** its window closes this month (本月到期) */
  dueThisMonth: boolean;
}

export interface SectionDispatchView {
  /** null: targets the plan gives no owner (未指定) */
  section: SectionView | null;
  targets: DispatchTargetView[];
  /** open 整改通知 on the section's targets, whatever review issued them */
  rectifications: RectificationView[];
}

export interface DispatchView {
  planId: string;
  year: number;
  month: number;
  asOf: IsoDate;
  sections: SectionDispatchView[];
}

export interface DispatchInput {
  planId: string;
  year: number;
  month: number;
  sections: SectionView[];
  targets: TargetView[];
  /** each target's standing at the month end (live evaluation, or a monthly review's snapshot) */
  standing: Map<string, { status: TargetStatus; value: number | null; ratio: number | null }>;
  rectifications: RectificationView[];
}

/**
 * 月度调度 per section: targets whose window is open this month and not yet done, plus the open notices.
 * A jointly owned target is listed under each owner; unowned targets form a 未指定 group (when any).
 */
export function buildDispatch(input: DispatchInput): DispatchView {
  const { year, month } = input;
  const lines: { owners: string[]; line: DispatchTargetView }[] = [];
  for (const target of input.targets) {
    const standing = input.standing.get(target.id);
    if (!standing || isSettled(standing.status) || !isWindowOpenInMonth(target.window, year, month)) continue;
    lines.push({
      owners: target.owners.map((o) => o.id),
      line: { target, ...standing, dueThisMonth: isDueInMonth(target.window, year, month) },
    });
  }
  const ownersOf = new Map(input.targets.map((t) => [t.id, t.owners.map((o) => o.id)]));
  const open = input.rectifications.filter((r) => r.status !== "CLOSED");
  const group = (sectionId: string | null): Omit<SectionDispatchView, "section"> => {
    const owns = (owners: string[]) => (sectionId === null ? owners.length === 0 : owners.includes(sectionId));
    return {
      targets: lines.filter((l) => owns(l.owners)).map((l) => l.line),
      rectifications: open.filter((r) => owns(ownersOf.get(r.targetId) ?? [])),
    };
  };
  const owning = new Set(input.targets.flatMap((t) => t.owners.map((o) => o.id)));
  const sections: SectionDispatchView[] = input.sections.filter((s) => owning.has(s.id)).map((s) => ({ section: s, ...group(s.id) }));
  const unassigned = group(null);
  if (unassigned.targets.length || unassigned.rectifications.length) sections.push({ section: null, ...unassigned });
  return { planId: input.planId, year, month, asOf: lastDayOfMonthIso(year, month), sections };
}

/** Notices of a plan's targets not yet signed off (open, sent back or answered), with their targets (one query). */
export async function findOpenRectifications(planId: string, today?: IsoDate): Promise<RectificationView[]> {
  const rows = await db.rectification.findMany({
    where: { status: { not: "CLOSED" }, target: { planId } },
    include: RECTIFICATION_INCLUDE,
    orderBy: [{ deadline: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((r) => toRectificationView(r, today));
}

/**
 * The live 本月调度清单 of a plan: every target evaluated at the month's last day (as a 月底调度 sees it),
 * grouped by section; optionally only one section's group. A fixed number of queries.
 */
export async function findSectionDispatch(options: {
  planId: string;
  month: number;
  sectionId?: string | null;
  today?: IsoDate;
}): Promise<DispatchView> {
  if (!Number.isInteger(options.month) || options.month < 1 || options.month > 12) {
    throw new AppError("BAD_USER_INPUT", msg("month.range"), { fields: { month: msg("month.range") } });
  }
  const plan = await db.plan.findUnique({ where: { id: options.planId }, select: { year: true, unitId: true } });
  if (!plan) throw notFound("noun.plan");
  const [dashboard, rectifications, sections] = await Promise.all([
    findPlanDashboard({ planId: options.planId, asOf: lastDayOfMonthIso(plan.year, options.month) }),
    findOpenRectifications(options.planId, options.today),
    findSectionsByUnitIds([plan.unitId]),
  ]);
  const dispatch = buildDispatch({
    planId: options.planId,
    year: plan.year,
    month: options.month,
    sections,
    targets: dashboard.targets.map((t) => t.target),
    standing: new Map(dashboard.targets.map((t) => [t.target.id, { status: t.status, value: t.value, ratio: t.ratio }])),
    rectifications,
  });
  if (!options.sectionId) return dispatch;
  return { ...dispatch, sections: dispatch.sections.filter((s) => s.section?.id === options.sectionId) };
}
