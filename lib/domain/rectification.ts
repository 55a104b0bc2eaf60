import { addDays } from "date-fns";
import { toDate, toIso } from "./dates";
import type { IsoDate } from "./types";

/**
 * 整改 (rectification): the loop a notice goes through. The assessors issue it from a review with a deadline; the
 * owning section answers with 整改情况 (OPEN → ANSWERED); the assessors sign it off (销号, → CLOSED) or send it back
 * with a reason (→ OPEN again, RETURNED until answered anew). Whether it was put right in time is judged by the
 * answer's date against the deadline, not by when the assessors got round to signing it off.
 */
export type RectificationStatus = "OPEN" | "ANSWERED" | "CLOSED";

/** What a notice shows as of a day. */
export type RectificationState = "OPEN" | "RETURNED" | "OVERDUE" | "ANSWERED" | "CLOSED";

/** A new notice is due this many days after it is issued unless the assessors choose another day. */
export const DEFAULT_DEADLINE_DAYS = 15;
/** The latest deadline: a year after the issue day, or the end of the year after the plan's, whichever is later. */
export const DEADLINE_DAYS_AHEAD = 366;

export const addDaysIso = (day: IsoDate, days: number): IsoDate => toIso(addDays(toDate(day), days));

/** The last day a notice issued on `issuedOn` for a plan of `planYear` may be due (9999-12-31 is no deadline). */
export function latestDeadline(issuedOn: IsoDate, planYear: number): IsoDate {
  const yearAfterPlan = `${planYear + 1}-12-31`;
  const yearAfterIssue = addDaysIso(issuedOn, DEADLINE_DAYS_AHEAD);
  return yearAfterPlan > yearAfterIssue ? yearAfterPlan : yearAfterIssue;
}

/** The form's proposal: 15 days after today. */
export function defaultDeadline(issuedOn: IsoDate, planYear: number): IsoDate {
  const proposed = addDaysIso(issuedOn, DEFAULT_DEADLINE_DAYS);
  const latest = latestDeadline(issuedOn, planYear);
  return proposed > latest ? latest : proposed;
}

/**
 * Why a deadline cannot be given to a notice issued on `issuedOn`, or null. Not before the issue day: a notice
 * dated at the reviewed period's end (the old default) was 已逾期 the moment a review held after it issued it.
 */
export function deadlineProblem(deadline: IsoDate, issuedOn: IsoDate, planYear: number): string | null {
  if (deadline < issuedOn) return `整改期限不能早于下发当天（${issuedOn}）`;
  const latest = latestDeadline(issuedOn, planYear);
  if (deadline > latest) return `整改期限不能晚于 ${latest}`;
  return null;
}

export interface RectificationFacts {
  status: RectificationStatus | string;
  deadline: IsoDate;
  /** the day of the latest answer, when there is one */
  answeredOn: IsoDate | null;
  /** sent back and not answered since */
  returned: boolean;
}

/** The notice's state as of `today`. */
export function rectificationState(r: RectificationFacts, today: IsoDate): RectificationState {
  if (r.status === "CLOSED") return "CLOSED";
  if (r.status === "ANSWERED") return "ANSWERED";
  if (r.deadline < today) return "OVERDUE";
  return r.returned ? "RETURNED" : "OPEN";
}

/**
 * 逾期整改: put right after the deadline. An answered or closed notice is judged by its answer's day; one without
 * an answer by today (closed without an answer: by the day it was closed, passed as `answeredOn`).
 */
export function rectifiedLate(r: Pick<RectificationFacts, "deadline" | "answeredOn">, today: IsoDate): boolean {
  return (r.answeredOn ?? today) > r.deadline;
}

/** What may happen next: who acts is the service's concern, this is the order of the loop. */
export function rectificationStepProblem(status: RectificationStatus | string, step: "ANSWER" | "RETURN" | "CLOSE"): string | null {
  if (status === "CLOSED") return "该整改通知已经销号";
  if (step === "ANSWER" && status === "ANSWERED") return "整改情况已提交，正在等待考核组审核";
  if (step === "RETURN" && status !== "ANSWERED") return "科室尚未提交整改情况，不能退回";
  return null;
}
