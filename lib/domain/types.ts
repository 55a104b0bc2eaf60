/**
 * Plain data shapes shared by the domain rules. Nothing here knows about Prisma, GraphQL or React:
 * services map database rows onto these, and every consumer (tables, charts, exports, reviews) calls the
 * same rule functions so they cannot disagree.
 */

/** How a target is measured. Mirrors the wording of a 绩效计划书. */
export type TargetKind =
  /** growth over a prior-year baseline, e.g. "高企数量增长幅度保持在10%以上": targetValue is the required % */
  | "GROWTH_PCT"
  /** a number of things done, e.g. "组建市级工程技术研究中心 4 家" */
  | "COUNT"
  /** money, e.g. "部门预算经费预计 267.9 万元" (unit 万元 or 亿元) */
  | "AMOUNT"
  /** done / not done, e.g. "推进中国黑茶产业联盟创新服务平台建设" */
  | "MILESTONE"
  /** scored from the year-end declaration, e.g. "创新创优：年末申报" */
  | "DECLARATION";

export const TARGET_KINDS: readonly TargetKind[] = ["GROWTH_PCT", "COUNT", "AMOUNT", "MILESTONE", "DECLARATION"];

/**
 * 未开始 / 正常 / 滞后 / 逾期 / 已完成, and 不计分 for a target marked not applicable or suspended (its
 * history stays, it carries no points: lib/domain/applicability.ts).
 */
export type TargetStatus = "NOT_STARTED" | "ON_TRACK" | "BEHIND" | "OVERDUE" | "DONE" | "INACTIVE";

export const TARGET_STATUSES: readonly TargetStatus[] = ["NOT_STARTED", "ON_TRACK", "BEHIND", "OVERDUE", "DONE", "INACTIVE"];

/**
 * Which way is good. Most targets are "reach at least" (HIGHER_IS_BETTER); a cap such as "三公经费不超过
 * 20 万元" is LOWER_IS_BETTER: met while the figure stays at or below the target.
 */
export type Direction = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";

export const DIRECTIONS: readonly Direction[] = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"];

/** Only amounts and counts can be caps; growth, milestones and declarations are always "more is better". */
export function directionAllowed(kind: TargetKind, direction: Direction): boolean {
  return direction === "HIGHER_IS_BETTER" || kind === "AMOUNT" || kind === "COUNT";
}

/**
 * A calendar date as "YYYY-MM-DD". The domain works on calendar dates, never instants, so a server in any
 * time zone puts the same report in the same month; services convert at the database edge.
 */
export type IsoDate = string;

/** A month window inside one plan year; months are 1–12 inclusive. */
export interface MonthWindow {
  year: number;
  startMonth: number;
  endMonth: number;
}

/** What the rules need to know about a target. */
export interface TargetMeasure {
  kind: TargetKind;
  /** COUNT/AMOUNT: the amount to reach; GROWTH_PCT: the required growth in %; MILESTONE/DECLARATION: null */
  targetValue: number | null;
  /** GROWTH_PCT only: the prior-year figure growth is measured against; null when not known */
  baselineValue: number | null;
  /** HIGHER_IS_BETTER unless given */
  direction?: Direction;
}

/**
 * One reported figure. Values are cumulative "as of reportedFor": a count is the number done so far, an
 * amount the sum reached so far, a growth target the current absolute figure (e.g. firms now), a milestone
 * 1 (done) or 0 (not done).
 */
export interface ProgressPoint {
  value: number;
  reportedFor: IsoDate;
  /** tie-break when two entries share a date: the later record wins (ISO instant) */
  recordedAt: string;
}

export type ReviewKind = "MONTH" | "QUARTER" | "HALF_YEAR" | "YEAR";

export interface ReviewPeriod {
  kind: ReviewKind;
  year: number;
  /** 1-based index within the year: month 1–12, quarter 1–4, half 1–2, year 1 */
  index: number;
  start: IsoDate;
  /** last day of the period (inclusive) */
  end: IsoDate;
}
