import { toDate } from "./dates";
import { windowBounds } from "./month-window";
import type { IsoDate, ReviewKind, ReviewPeriod } from "./types";

/**
 * The plan's checking group reviews at four rhythms: 月底调度 (monthly dispatch), quarterly 督查
 * (inspection), half-yearly 点评 (comment) and the year-end 考评 (assessment). Every period is a run of
 * whole calendar months, so its bounds are those of a month window.
 */
const MONTHS_PER_PERIOD: Record<ReviewKind, number> = { MONTH: 1, QUARTER: 3, HALF_YEAR: 6, YEAR: 12 };

const KEY_LETTER: Record<ReviewKind, string> = { MONTH: "M", QUARTER: "Q", HALF_YEAR: "H", YEAR: "Y" };

export const REVIEW_KINDS: readonly ReviewKind[] = ["MONTH", "QUARTER", "HALF_YEAR", "YEAR"];

function periodsPerYear(kind: ReviewKind): number {
  return 12 / MONTHS_PER_PERIOD[kind];
}

/** The index-th period (1-based) of a year. */
export function reviewPeriod(kind: ReviewKind, year: number, index: number): ReviewPeriod {
  if (!Number.isInteger(index) || index < 1 || index > periodsPerYear(kind)) {
    throw new RangeError(`No ${kind} period ${index} in a year`);
  }
  const length = MONTHS_PER_PERIOD[kind];
  const startMonth = (index - 1) * length + 1;
  const { start, end } = windowBounds({ year, startMonth, endMonth: startMonth + length - 1 });
  return { kind, year, index, start, end };
}

export function reviewPeriodContaining(kind: ReviewKind, date: IsoDate): ReviewPeriod {
  const d = toDate(date);
  const index = Math.floor(d.getMonth() / MONTHS_PER_PERIOD[kind]) + 1;
  return reviewPeriod(kind, d.getFullYear(), index);
}

export function reviewPeriodsOfYear(kind: ReviewKind, year: number): ReviewPeriod[] {
  return Array.from({ length: periodsPerYear(kind) }, (_, i) => reviewPeriod(kind, year, i + 1));
}

/** The period before; the first period of a year is preceded by the last one of the previous year. */
export function previousReviewPeriod(p: ReviewPeriod): ReviewPeriod {
  return p.index > 1 ? reviewPeriod(p.kind, p.year, p.index - 1) : reviewPeriod(p.kind, p.year - 1, periodsPerYear(p.kind));
}

/** Stable, sortable key: "2013-M07", "2013-Q3", "2013-H2", "2013-Y" (months zero-padded so keys sort). */
export function periodKey(p: ReviewPeriod): string {
  if (p.kind === "YEAR") return `${p.year}-Y`;
  const index = p.kind === "MONTH" ? String(p.index).padStart(2, "0") : String(p.index);
  return `${p.year}-${KEY_LETTER[p.kind]}${index}`;
}

/** A period's name in Chinese: 2013年9月 / 2013年第3季度 / 2013年下半年 / 2013年度 (exports, the pages, the audit log). */
export function periodName(kind: ReviewKind, year: number, index: number): string {
  switch (kind) {
    case "MONTH":
      return `${year}年${index}月`;
    case "QUARTER":
      return `${year}年第${index}季度`;
    case "HALF_YEAR":
      return `${year}年${index === 1 ? "上" : "下"}半年`;
    case "YEAR":
      return `${year}年度`;
  }
}
