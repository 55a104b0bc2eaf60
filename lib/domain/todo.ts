import { defaultAsOf } from "./as-of";
import { returnedEntryAnswered, type CheckedEntryFact } from "./figure-check";
import { rectificationState, type RectificationFacts, type RectificationState } from "./rectification";
import { reportDueDay, type SubmissionStatus } from "./reporting-discipline";
import type { IsoDate, TargetStatus } from "./types";

/**
 * 我的待办 — what each user owes, as rows that each link to where the work is done.
 *
 * - Section heads: this month's updates still owed on their section's targets (due on the plan's reportDueDays
 *   after the month ends), their reports and named items returned by the 考核组 and not yet corrected, open
 *   rectification notices of their targets (with the deadline), and the comments of the latest open review on
 *   their section or its targets.
 * - Assessors: the reports and items waiting to be checked (per plan), answers to notices waiting for sign-off
 *   (销号), notices past their deadline without an answer, and the sections late with this month's update.
 * - Leadership: targets that turned 滞后 or 逾期 since the last review, the sections late with this month's
 *   update, and every notice not yet signed off.
 *
 * "This month" is the month of the plan's default as-of day (lib/domain/as-of.ts): today within the plan year,
 * December for a past plan (todoMonths adds the month before while its update falls due). Which updates are owed and when they are late is the reporting-discipline rule
 * (lib/domain/reporting-discipline.ts); when a notice is overdue, the rectification rule; when a returned report
 * is answered, the figure-check rule. This module only picks, words as data and orders the rows.
 */
export type TodoRole = "LEADER" | "SECTION_HEAD" | "ASSESSOR" | "ADMIN" | "AUDIT_ADMIN";

export type TodoKind =
  /** 本月待报: a target of the section without this month's update */
  | "OWED_UPDATE"
  /** 退回修改: a report or named item the 考核组 returned, not yet corrected */
  | "RETURNED_FIGURE"
  /** 待整改: a notice of the section's targets still to be answered (open, sent back or past its deadline) */
  | "RECTIFICATION_TO_ANSWER"
  /** 未销号整改: a notice not yet signed off, answered or not (leadership) */
  | "OPEN_RECTIFICATION"
  /** 考核点评: a comment of the latest open review on the section or one of its targets */
  | "REVIEW_COMMENT"
  /** 待审核: a plan's reports and items waiting for the 考核组 */
  | "FIGURES_TO_CHECK"
  /** 待销号: a section's answer to a notice, waiting for sign-off */
  | "ANSWER_TO_SIGN_OFF"
  /** 逾期整改: a notice past its deadline without an answer */
  | "OVERDUE_RECTIFICATION"
  /** 未报科室: a section with targets still without this month's update after its due day */
  | "SECTION_LATE"
  /** 新增滞后/逾期: a target 滞后 or 逾期 now that the last review saw otherwise */
  | "TURNED_LAGGING";

/** The kinds each role is given, in the order the page groups them. Administrators keep the dashboard. */
export const TODO_KINDS: Readonly<Record<TodoRole, readonly TodoKind[]>> = {
  SECTION_HEAD: ["OWED_UPDATE", "RETURNED_FIGURE", "RECTIFICATION_TO_ANSWER", "REVIEW_COMMENT"],
  ASSESSOR: ["FIGURES_TO_CHECK", "ANSWER_TO_SIGN_OFF", "OVERDUE_RECTIFICATION", "SECTION_LATE"],
  LEADER: ["TURNED_LAGGING", "SECTION_LATE", "OPEN_RECTIFICATION"],
  ADMIN: [],
  AUDIT_ADMIN: [],
};

export const todoKinds = (role: TodoRole): readonly TodoKind[] => TODO_KINDS[role] ?? [];

/** Section heads and assessors start from their to-do after signing in; the others from the dashboard. */
export const TODO_HOME_ROLES: readonly TodoRole[] = ["SECTION_HEAD", "ASSESSOR"];
export const landsOnTodo = (role: TodoRole): boolean => TODO_HOME_ROLES.includes(role);

export interface ReportingPlan {
  year: number;
  reportDueDays: number;
}

/** This month of a plan (1–12) and the day its update falls due. For a past plan: December, due in January. */
export function todoMonth(plan: ReportingPlan, today: IsoDate): { month: number; dueDay: IsoDate } {
  const month = Number(defaultAsOf(plan.year, today).slice(5, 7));
  return { month, dueDay: reportDueDay(plan.year, month, plan.reportDueDays) };
}

/**
 * The months whose updates the to-do asks for: this month, and — while the plan year runs — the month before,
 * whose update falls due early this month (on 3 June May's is due on the 5th; from the 6th a missing one is
 * late). A past plan asks only for December's.
 */
export function todoMonths(plan: ReportingPlan, today: IsoDate): { month: number; dueDay: IsoDate }[] {
  const current = todoMonth(plan, today);
  const running = defaultAsOf(plan.year, today) === today;
  const months = running && current.month > 1 ? [current.month - 1, current.month] : [current.month];
  return months.map((month) => ({ month, dueDay: reportDueDay(plan.year, month, plan.reportDueDays) }));
}

/**
 * The plans whose monthly updates the to-do follows: this year's, and last year's until its December update
 * falls due (in early January both are owed). Without either — a bureau looking at an old plan, as the demo
 * does — the newest plan that has begun. Plans of later years owe nothing yet.
 */
export function reportingPlans<P extends ReportingPlan>(plans: readonly P[], today: IsoDate): P[] {
  const year = Number(today.slice(0, 4));
  const begun = plans.filter((p) => p.year <= year).sort((a, b) => b.year - a.year);
  const current = begun.filter((p) => p.year === year || today <= reportDueDay(p.year, 12, p.reportDueDays));
  return current.length > 0 ? current : begun.slice(0, 1);
}

export interface TodoSection {
  id: string;
  name: string;
}

/** One owed update of a month todoMonths names, as the reporting discipline judges it today. */
export interface OwedFact {
  planId: string;
  targetId: string;
  code: string;
  title: string;
  month: number;
  dueDay: IsoDate;
  status: SubmissionStatus;
  /** the sections that owe it (its owners) */
  sections: readonly TodoSection[];
}

/** A report of a target the user's section reports; `entries` below holds every report of those targets. */
export interface ReportFact extends CheckedEntryFact {
  planId: string;
  code: string;
  title: string;
  checkNote: string | null;
}

export interface ReturnedItemFact {
  id: string;
  planId: string;
  targetId: string;
  code: string;
  title: string;
  /** the item's name */
  name: string;
  date: IsoDate;
  checkNote: string | null;
}

export interface NoticeFact extends RectificationFacts {
  id: string;
  planId: string;
  targetId: string;
  code: string;
  title: string;
  notice: string;
}

export interface CommentFact {
  id: string;
  planId: string;
  reviewId: string;
  /** the target commented on; null for a comment on the section */
  targetId: string | null;
  code: string | null;
  /** the target's title, or the section's name */
  title: string;
  sectionId: string | null;
  body: string;
  /** the calendar day it was written */
  writtenOn: IsoDate;
}

export interface CheckQueueFact {
  planId: string;
  planTitle: string;
  /** reports and items waiting to be checked */
  pending: number;
}

export interface TargetTurnFact {
  planId: string;
  targetId: string;
  code: string;
  title: string;
  /** as the dashboard shows it now (at the plan's default as-of day) */
  status: TargetStatus;
  /** as the plan's latest review froze it; null when no review has the target */
  reviewed: TargetStatus | null;
}

/** Everything the rows are made of; each list is already limited to what the user may see and act on. */
export interface TodoFacts {
  owed: readonly OwedFact[];
  /** every report of the section's targets that has a returned one (to see which returns were answered) */
  reports: readonly ReportFact[];
  returnedItems: readonly ReturnedItemFact[];
  notices: readonly NoticeFact[];
  comments: readonly CommentFact[];
  checks: readonly CheckQueueFact[];
  targets: readonly TargetTurnFact[];
}

export const EMPTY_TODO_FACTS: TodoFacts = { owed: [], reports: [], returnedItems: [], notices: [], comments: [], checks: [], targets: [] };

export interface TodoRow {
  /** unique within the list */
  key: string;
  kind: TodoKind;
  planId: string;
  targetId: string | null;
  code: string | null;
  /** the target's title, the section's name or the plan's title */
  title: string;
  sectionId: string | null;
  reviewId: string | null;
  /** the day the work is due, where something sets one */
  dueDay: IsoDate | null;
  /** past its due day */
  overdue: boolean;
  /** the return's reason, the notice, the comment */
  detail: string | null;
  /** a returned named item's name */
  itemName: string | null;
  /** how many (reports to check, targets of a late section) */
  count: number | null;
  /** the month an update is owed for */
  month: number | null;
  /** the day a returned report is for, a returned item's date, an answer's or a comment's day */
  date: IsoDate | null;
  status: TargetStatus | null;
  previousStatus: TargetStatus | null;
  rectificationState: RectificationState | null;
}

const blank = {
  targetId: null,
  code: null,
  sectionId: null,
  reviewId: null,
  dueDay: null,
  overdue: false,
  detail: null,
  itemName: null,
  count: null,
  month: null,
  date: null,
  status: null,
  previousStatus: null,
  rectificationState: null,
} satisfies Partial<TodoRow>;

const LAGGING: readonly TargetStatus[] = ["BEHIND", "OVERDUE"];

/** Overdue first, then the nearest due day (rows without one last), then the page's group order, code, title. */
export function compareTodoRows(a: TodoRow, b: TodoRow): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueDay !== b.dueDay) return a.dueDay === null ? 1 : b.dueDay === null ? -1 : a.dueDay < b.dueDay ? -1 : 1;
  return (
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    (a.code ?? "").localeCompare(b.code ?? "") ||
    a.title.localeCompare(b.title) ||
    a.key.localeCompare(b.key)
  );
}

const KIND_ORDER: readonly TodoKind[] = [
  "OWED_UPDATE",
  "RETURNED_FIGURE",
  "FIGURES_TO_CHECK",
  "ANSWER_TO_SIGN_OFF",
  "OVERDUE_RECTIFICATION",
  "RECTIFICATION_TO_ANSWER",
  "OPEN_RECTIFICATION",
  "TURNED_LAGGING",
  "SECTION_LATE",
  "REVIEW_COMMENT",
];

function owedRows(owed: readonly OwedFact[]): TodoRow[] {
  return owed
    .filter((c) => c.status === "PENDING" || c.status === "MISSING")
    .map((c) => ({
      ...blank,
      key: `OWED_UPDATE:${c.targetId}:${c.month}`,
      kind: "OWED_UPDATE",
      planId: c.planId,
      targetId: c.targetId,
      code: c.code,
      title: c.title,
      dueDay: c.dueDay,
      overdue: c.status === "MISSING",
      month: c.month,
    }));
}

function sectionLateRows(owed: readonly OwedFact[]): TodoRow[] {
  const late = new Map<string, TodoRow>();
  for (const c of owed.filter((o) => o.status === "MISSING")) {
    for (const s of c.sections) {
      const key = `SECTION_LATE:${c.planId}:${s.id}:${c.month}`;
      const row = late.get(key) ?? {
        ...blank,
        key,
        kind: "SECTION_LATE" as const,
        planId: c.planId,
        title: s.name,
        sectionId: s.id,
        dueDay: c.dueDay,
        overdue: true,
        count: 0,
        month: c.month,
      };
      row.count = (row.count ?? 0) + 1;
      late.set(key, row);
    }
  }
  return [...late.values()];
}

function returnedRows(reports: readonly ReportFact[], items: readonly ReturnedItemFact[]): TodoRow[] {
  const entries = reports
    .filter((r) => r.checkStatus === "RETURNED" && !returnedEntryAnswered(r, reports))
    .map((r): TodoRow => ({
      ...blank,
      key: `RETURNED_FIGURE:entry:${r.id}`,
      kind: "RETURNED_FIGURE",
      planId: r.planId,
      targetId: r.targetId,
      code: r.code,
      title: r.title,
      detail: r.checkNote,
      date: r.reportedFor,
    }));
  const named = items.map((i): TodoRow => ({
    ...blank,
    key: `RETURNED_FIGURE:item:${i.id}`,
    kind: "RETURNED_FIGURE",
    planId: i.planId,
    targetId: i.targetId,
    code: i.code,
    title: i.title,
    detail: i.checkNote,
    itemName: i.name,
    date: i.date,
  }));
  return [...entries, ...named];
}

type NoticeKind = "RECTIFICATION_TO_ANSWER" | "OPEN_RECTIFICATION" | "ANSWER_TO_SIGN_OFF" | "OVERDUE_RECTIFICATION";

function noticeRow(kind: NoticeKind, n: NoticeFact, state: RectificationState): TodoRow {
  return {
    ...blank,
    key: `${kind}:${n.id}`,
    kind,
    planId: n.planId,
    targetId: n.targetId,
    code: n.code,
    title: n.title,
    detail: n.notice,
    // the section's deadline; an answer waiting for sign-off is the assessors' to take up, due or not
    dueDay: kind === "ANSWER_TO_SIGN_OFF" ? null : n.deadline,
    overdue: state === "OVERDUE",
    date: kind === "ANSWER_TO_SIGN_OFF" ? n.answeredOn : null,
    rectificationState: state,
  };
}

/** Which notices each kind lists, by the notice's state today. */
const NOTICE_STATES: Record<NoticeKind, readonly RectificationState[]> = {
  RECTIFICATION_TO_ANSWER: ["OPEN", "RETURNED", "OVERDUE"],
  OPEN_RECTIFICATION: ["OPEN", "RETURNED", "OVERDUE", "ANSWERED"],
  ANSWER_TO_SIGN_OFF: ["ANSWERED"],
  OVERDUE_RECTIFICATION: ["OVERDUE"],
};

function noticeRows(kind: NoticeKind, notices: readonly NoticeFact[], today: IsoDate): TodoRow[] {
  return notices.flatMap((n) => {
    const state = rectificationState(n, today);
    return NOTICE_STATES[kind].includes(state) ? [noticeRow(kind, n, state)] : [];
  });
}

function commentRows(comments: readonly CommentFact[]): TodoRow[] {
  return comments.map((c) => ({
    ...blank,
    key: `REVIEW_COMMENT:${c.id}`,
    kind: "REVIEW_COMMENT",
    planId: c.planId,
    targetId: c.targetId,
    code: c.code,
    title: c.title,
    sectionId: c.sectionId,
    reviewId: c.reviewId,
    detail: c.body,
    date: c.writtenOn,
  }));
}

function checkRows(checks: readonly CheckQueueFact[]): TodoRow[] {
  return checks
    .filter((c) => c.pending > 0)
    .map((c) => ({
      ...blank,
      key: `FIGURES_TO_CHECK:${c.planId}`,
      kind: "FIGURES_TO_CHECK",
      planId: c.planId,
      title: c.planTitle,
      count: c.pending,
    }));
}

function turnedRows(targets: readonly TargetTurnFact[]): TodoRow[] {
  return targets
    .filter((t) => LAGGING.includes(t.status) && t.reviewed !== t.status)
    .map((t) => ({
      ...blank,
      key: `TURNED_LAGGING:${t.targetId}`,
      kind: "TURNED_LAGGING",
      planId: t.planId,
      targetId: t.targetId,
      code: t.code,
      title: t.title,
      status: t.status,
      previousStatus: t.reviewed,
    }));
}

/**
 * A role's to-do from the facts, sorted (compareTodoRows). A leader's open notices include those answered and
 * waiting for sign-off (nothing is put right until 销号); a section head's only those the section must answer.
 */
export function buildTodo(role: TodoRole, facts: TodoFacts, today: IsoDate): TodoRow[] {
  const rows = todoKinds(role).flatMap((kind): TodoRow[] => {
    switch (kind) {
      case "OWED_UPDATE":
        return owedRows(facts.owed);
      case "SECTION_LATE":
        return sectionLateRows(facts.owed);
      case "RETURNED_FIGURE":
        return returnedRows(facts.reports, facts.returnedItems);
      case "RECTIFICATION_TO_ANSWER":
      case "OPEN_RECTIFICATION":
      case "ANSWER_TO_SIGN_OFF":
      case "OVERDUE_RECTIFICATION":
        return noticeRows(kind, facts.notices, today);
      case "REVIEW_COMMENT":
        return commentRows(facts.comments);
      case "FIGURES_TO_CHECK":
        return checkRows(facts.checks);
      case "TURNED_LAGGING":
        return turnedRows(facts.targets);
    }
  });
  return rows.sort(compareTodoRows);
}
