import { defaultAsOf, TARGET_STATUSES, type IsoDate, type TargetStatus } from "../../domain";
import {
  buildTodo,
  EMPTY_TODO_FACTS,
  reportingPlans,
  todoKinds,
  todoMonths,
  type CheckQueueFact,
  type CommentFact,
  type NoticeFact,
  type OwedFact,
  type ReportFact,
  type ReturnedItemFact,
  type TargetTurnFact,
  type TodoFacts,
  type TodoKind,
  type TodoRow,
} from "../../domain/todo";
import { reportableTargetWhere } from "../access/permissions";
import { readablePlanWhere } from "../access/scope";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { dbDateToIso, todayIso } from "../db-dates";
import { findReportingDiscipline } from "../discipline/find-reporting-discipline";
import { loadPlanState } from "../plan-state/load-plan-state";
import { targetStatusDetail } from "../plan-state/target-view";

/** A plan whose monthly updates the to-do follows, with this month and its due day (lib/domain/todo.ts). */
export interface TodoPlanView {
  id: string;
  title: string;
  year: number;
  month: number;
  dueDay: IsoDate;
}

export interface TodoList {
  today: IsoDate;
  plans: TodoPlanView[];
  rows: TodoRow[];
}

const TARGET_LABEL = { select: { code: true, title: true, planId: true } } as const;

/**
 * The user's to-do, built by the domain's rules from what the user may see: their own unit's plans
 * (readablePlanWhere, narrowed to the own unit — a city leader's to-do is the city's), a section head's targets
 * by reportableTargetWhere. Only what the role's rows need is loaded; the plan state is loaded once per plan
 * that is being reported and shared by the reporting discipline and the statuses. A fixed number of queries
 * whatever the number of targets, reports or notices.
 */
export async function loadTodo(user: SessionUser, today: IsoDate = todayIso()): Promise<TodoList> {
  const kinds = new Set(todoKinds(user.role));
  if (kinds.size === 0) return { today, plans: [], rows: [] };
  const plans = await db.plan.findMany({
    where: { AND: [readablePlanWhere(user), { unitId: user.unitId }] },
    select: { id: true, title: true, year: true, reportDueDays: true },
    orderBy: { year: "desc" },
  });
  const current = reportingPlans(plans, today);
  const [perPlan, reports, returnedItems, notices, comments, checks] = await Promise.all([
    Promise.all(current.map((plan) => planFacts(user, plan, today, kinds))),
    kinds.has("RETURNED_FIGURE") ? returnedReports(user) : [],
    kinds.has("RETURNED_FIGURE") ? returnedNamedItems(user) : [],
    hasAny(kinds, ["RECTIFICATION_TO_ANSWER", "OPEN_RECTIFICATION", "ANSWER_TO_SIGN_OFF", "OVERDUE_RECTIFICATION"])
      ? openNotices(user)
      : [],
    kinds.has("REVIEW_COMMENT") ? latestReviewComments(user) : [],
    kinds.has("FIGURES_TO_CHECK") ? checkQueues(user, plans) : [],
  ]);
  const facts: TodoFacts = {
    ...EMPTY_TODO_FACTS,
    owed: perPlan.flatMap((p) => p.owed),
    targets: perPlan.flatMap((p) => p.targets),
    reports,
    returnedItems,
    notices,
    comments,
    checks,
  };
  return {
    today,
    plans: current.map((p) => ({ id: p.id, title: p.title, year: p.year, ...todoMonths(p, today).at(-1)! })),
    rows: buildTodo(user.role, facts, today),
  };
}

const hasAny = (kinds: Set<TodoKind>, wanted: TodoKind[]) => wanted.some((k) => kinds.has(k));

/** The owed updates of this month (the reporting discipline as of today) and the statuses against the latest review. */
async function planFacts(
  user: SessionUser,
  plan: { id: string; year: number; reportDueDays: number },
  today: IsoDate,
  kinds: Set<TodoKind>,
): Promise<{ owed: OwedFact[]; targets: TargetTurnFact[] }> {
  const wantsOwed = kinds.has("OWED_UPDATE") || kinds.has("SECTION_LATE");
  const wantsTurns = kinds.has("TURNED_LAGGING");
  if (!wantsOwed && !wantsTurns) return { owed: [], targets: [] };
  const state = await loadPlanState(plan.id);
  const [discipline, reviewed] = await Promise.all([
    wantsOwed ? findReportingDiscipline({ planId: plan.id, asOf: today, state }) : null,
    wantsTurns ? latestReviewedStatuses(plan.id) : null,
  ]);
  const byId = new Map(state.targets.map((t) => [t.id, t]));

  const owed: OwedFact[] = [];
  if (discipline) {
    const months = new Set(todoMonths(plan, today).map((m) => m.month));
    // a section head owes what the section owns (the discipline's cells per section); the others see every section's
    const sections = kinds.has("OWED_UPDATE") ? discipline.sections.filter((s) => s.section.id === user.sectionId) : discipline.sections;
    const seen = new Set<string>();
    for (const c of sections.flatMap((s) => s.cells)) {
      const key = `${c.targetId}:${c.month}`;
      if (!months.has(c.month) || seen.has(key)) continue;
      seen.add(key);
      const owners = byId.get(c.targetId)?.owners ?? [];
      owed.push({ ...c, planId: plan.id, sections: owners.map((o) => ({ id: o.id, name: o.name })) });
    }
  }

  const targets: TargetTurnFact[] = [];
  if (reviewed) {
    const asOf = defaultAsOf(plan.year, today);
    for (const t of state.targets) {
      const status = targetStatusDetail(t, state.pointsByTarget.get(t.id) ?? [], asOf, state.plan.behindMargin).status;
      targets.push({ planId: plan.id, targetId: t.id, code: t.code, title: t.title, status, reviewed: reviewed.get(t.id) ?? null });
    }
  }
  return { owed, targets };
}

/**
 * The statuses the plan's latest review froze: the one whose period ends last (of two ending on the same day, the
 * one whose snapshot was taken last). No review: an empty map, so every lagging target counts as turned.
 */
async function latestReviewedStatuses(planId: string): Promise<Map<string, TargetStatus>> {
  const review = await db.review.findFirst({
    where: { planId },
    orderBy: [{ periodEnd: "desc" }, { snapshotAt: "desc" }, { id: "asc" }],
    select: { snapshots: { select: { targetId: true, status: true } } },
  });
  const statuses = new Map<string, TargetStatus>();
  for (const s of review?.snapshots ?? []) {
    if ((TARGET_STATUSES as readonly string[]).includes(s.status)) statuses.set(s.targetId, s.status as TargetStatus);
  }
  return statuses;
}

/** Every report of the section's targets that have a returned one: whether each return was answered needs the others. */
async function returnedReports(user: SessionUser): Promise<ReportFact[]> {
  const rows = await db.progressEntry.findMany({
    where: { target: { AND: [reportableTargetWhere(user), { progress: { some: { checkStatus: "RETURNED" } } }] } },
    select: {
      id: true,
      replacesId: true,
      targetId: true,
      reportedFor: true,
      createdAt: true,
      checkStatus: true,
      checkNote: true,
      target: TARGET_LABEL,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    replacesId: r.replacesId,
    targetId: r.targetId,
    reportedFor: dbDateToIso(r.reportedFor),
    createdAt: r.createdAt.toISOString(),
    checkStatus: r.checkStatus,
    checkNote: r.checkNote,
    planId: r.target.planId,
    code: r.target.code,
    title: r.target.title,
  }));
}

/** Named items of the section's targets returned and still on record (an edit sends one back to 待审核). */
async function returnedNamedItems(user: SessionUser): Promise<ReturnedItemFact[]> {
  const rows = await db.countItem.findMany({
    where: { checkStatus: "RETURNED", status: "ACTIVE", target: reportableTargetWhere(user) },
    select: { id: true, targetId: true, name: true, date: true, checkNote: true, target: TARGET_LABEL },
  });
  return rows.map((i) => ({
    id: i.id,
    planId: i.target.planId,
    targetId: i.targetId,
    code: i.target.code,
    title: i.target.title,
    name: i.name,
    date: dbDateToIso(i.date),
    checkNote: i.checkNote,
  }));
}

/** Notices not signed off: a section head's on the section's targets, everyone else's of the own unit. */
async function openNotices(user: SessionUser): Promise<NoticeFact[]> {
  const scope = todoKinds(user.role).includes("RECTIFICATION_TO_ANSWER") ? reportableTargetWhere(user) : { plan: { unitId: user.unitId } };
  const rows = await db.rectification.findMany({
    where: { status: { not: "CLOSED" }, target: scope },
    select: {
      id: true,
      targetId: true,
      notice: true,
      deadline: true,
      status: true,
      answeredAt: true,
      returnedAt: true,
      target: TARGET_LABEL,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    planId: r.target.planId,
    targetId: r.targetId,
    code: r.target.code,
    title: r.target.title,
    notice: r.notice,
    status: r.status,
    deadline: dbDateToIso(r.deadline),
    answeredOn: r.answeredAt ? todayIso(r.answeredAt) : null,
    // sent back and not answered since (as the rectification view reads it)
    returned: r.returnedAt !== null && (r.answeredAt === null || r.returnedAt > r.answeredAt),
  }));
}

/** The comments of each plan's latest open review on the section, or on one of the targets it reports. */
async function latestReviewComments(user: SessionUser): Promise<CommentFact[]> {
  if (!user.sectionId) return [];
  const reviews = await db.review.findMany({
    where: { status: "OPEN", plan: { unitId: user.unitId } },
    orderBy: [{ periodEnd: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    select: { id: true, planId: true },
  });
  const latest = new Map<string, string>();
  for (const r of reviews) if (!latest.has(r.planId)) latest.set(r.planId, r.id);
  if (latest.size === 0) return [];
  const planOf = new Map([...latest].map(([planId, reviewId]) => [reviewId, planId]));
  const [comments, section] = await Promise.all([
    db.reviewComment.findMany({
      where: { reviewId: { in: [...latest.values()] }, OR: [{ sectionId: user.sectionId }, { target: reportableTargetWhere(user) }] },
      orderBy: { createdAt: "asc" },
      select: { id: true, reviewId: true, targetId: true, sectionId: true, body: true, createdAt: true, target: TARGET_LABEL },
    }),
    db.section.findUnique({ where: { id: user.sectionId }, select: { name: true } }),
  ]);
  return comments.map((c) => ({
    id: c.id,
    planId: planOf.get(c.reviewId)!,
    reviewId: c.reviewId,
    targetId: c.targetId,
    code: c.target?.code ?? null,
    title: c.target?.title ?? section?.name ?? "",
    sectionId: c.target ? null : c.sectionId,
    body: c.body,
    writtenOn: todayIso(c.createdAt),
  }));
}

/** Reports and named items waiting for the 考核组, per plan of the unit (a withdrawn item waits for nobody). */
async function checkQueues(user: SessionUser, plans: { id: string; title: string }[]): Promise<CheckQueueFact[]> {
  const inUnit = { target: { plan: { unitId: user.unitId } } };
  const [entries, items] = await Promise.all([
    db.progressEntry.findMany({ where: { checkStatus: "PENDING", ...inUnit }, select: { target: { select: { planId: true } } } }),
    db.countItem.findMany({
      where: { checkStatus: "PENDING", status: "ACTIVE", ...inUnit },
      select: { target: { select: { planId: true } } },
    }),
  ]);
  const pending = new Map<string, number>();
  for (const r of [...entries, ...items]) pending.set(r.target.planId, (pending.get(r.target.planId) ?? 0) + 1);
  return plans.map((p) => ({ planId: p.id, planTitle: p.title, pending: pending.get(p.id) ?? 0 }));
}
