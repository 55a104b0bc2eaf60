import { isAmountUnit } from "./amount-units";
import type { TargetKind } from "./types";
import { msg } from "../i18n/message-text";
import type { ErrorKey } from "../i18n/errors";

/**
 * The ranges every number a user enters must fall in, in one place: the operations' inputs
 * (lib/validation/numbers.ts), the plan editor's and the import's checks (plan-validation.ts) and the
 * services all read them here. Generous for a province (湖南's GDP is about 5 万亿元, its budget under 1 万亿元),
 * absurd values refused: 1e20 亿元 or a target of 5e-324 never reach the database.
 *
 * | what                                   | unit            | range                   | notes                          |
 * |----------------------------------------|-----------------|-------------------------|--------------------------------|
 * | figure of a count target (数量)         | 家、项、个 …     | 0 – 1,000,000           | whole numbers                  |
 * | figure of an amount target (金额)       | 元              | 0 – 1,000,000,000,000   | 1 万亿元 in every money unit     |
 * |                                        | 万元 (or none)  | 0 – 100,000,000         |                                |
 * |                                        | 亿元            | 0 – 10,000              |                                |
 * | figure / baseline of a growth target    | its unit        | as an amount in 元/万元/亿元, else 0 – 1,000,000,000 | the absolute figure |
 * | milestone / declaration figure          |                 | 0 or 1                  | 未完成 / 已完成                  |
 * | target value, count                     |                 | 1 – 1,000,000           | whole; a ratio divides by it   |
 * | target value, amount                    | as its figure   | 0.0001 – the figure max | a ratio divides by it          |
 * | target value, growth (要求的增幅)        | %               | 0.01 – 1,000            |                                |
 * | baseline (基数, growth only)             | as its figure   | 0.0001 – the figure max | growth divides by it           |
 * | points of a target (分值)               | 分              | 0 – 1,000               |                                |
 * | points of an area (领域分值)             | 分              | 0.01 – 1,000            |                                |
 * | score (申报/调整/自评分)                  | 分              | 0 – the target's points |                                |
 * | score floor (保底完成度)                  | share           | 0 – 1                   | 0% – 100%                      |
 * | colour thresholds (阈值)                 | share           | 0 – 10                  | 0% – 1000%                     |
 * | report due / lock after (days)          | 天              | 0 – 60 / 0 – 120        | whole days                     |
 *
 * Whatever a stored row holds (a legacy row may predate these ranges), the rules never return a non-finite
 * ratio, completion, growth % or forecast: finiteOrNull turns one into null ("—" on the pages).
 */
export interface ValueRange {
  min: number;
  max: number;
  /** whole numbers only */
  integer: boolean;
  /** shown after the numbers in messages: "万元", "%", "分" … */
  unit: string;
}

export const COUNT_MAX = 1_000_000;
/** 1 万亿元, in each money unit */
export const MONEY_MAX: Record<"元" | "万元" | "亿元", number> = { 元: 1e12, 万元: 1e8, 亿元: 1e4 };
/** a growth target's absolute figure in a unit that is not money (吨, 人次 …) */
export const QUANTITY_MAX = 1_000_000_000;
/** the smallest target value or baseline a ratio may divide by */
export const MIN_DIVISOR = 0.0001;
export const GROWTH_TARGET_RANGE: ValueRange = { min: 0.01, max: 1000, integer: false, unit: "%" };
export const POINTS_RANGE: ValueRange = { min: 0, max: 1000, integer: false, unit: "分" };
export const AREA_POINTS_RANGE: ValueRange = { min: 0.01, max: 1000, integer: false, unit: "分" };
export const SCORE_FLOOR_RANGE: ValueRange = { min: 0, max: 1, integer: false, unit: "" };
export const THRESHOLD_RANGE: ValueRange = { min: 0, max: 10, integer: false, unit: "" };
export const REPORT_DUE_DAYS_RANGE: ValueRange = { min: 0, max: 60, integer: true, unit: "天" };
export const LOCK_AFTER_DAYS_RANGE: ValueRange = { min: 0, max: 120, integer: true, unit: "天" };

const isMoneyUnit = (unit: string | null | undefined): unit is "元" | "万元" | "亿元" => unit === "元" || isAmountUnit(unit);

/** The largest figure of a measure in its unit (see the table). */
function figureMax(kind: TargetKind, unit: string | null | undefined): number {
  switch (kind) {
    case "COUNT":
      return COUNT_MAX;
    case "AMOUNT":
      return MONEY_MAX[isMoneyUnit(unit) ? unit : "万元"];
    case "GROWTH_PCT":
      return isMoneyUnit(unit) ? MONEY_MAX[unit] : QUANTITY_MAX;
    case "MILESTONE":
    case "DECLARATION":
      return 1;
  }
}

/** A reported figure (完成值), in the target's unit. */
export function figureRange(kind: TargetKind, unit: string | null | undefined): ValueRange {
  return {
    min: 0,
    max: figureMax(kind, unit),
    integer: kind === "COUNT",
    unit: kind === "MILESTONE" || kind === "DECLARATION" ? "" : (unit ?? ""),
  };
}

/** A figure typed in another money unit than the target's (万元 for a 亿元 target), before it is converted. */
export function enteredAmountRange(unit: "万元" | "亿元"): ValueRange {
  return { min: 0, max: MONEY_MAX[unit], integer: false, unit };
}

/** A target value (目标值); null for the kinds that take none (milestones, declarations). */
export function targetValueRange(kind: TargetKind, unit: string | null | undefined): ValueRange | null {
  switch (kind) {
    case "COUNT":
      return { min: 1, max: COUNT_MAX, integer: true, unit: unit ?? "" };
    case "AMOUNT":
      return { min: MIN_DIVISOR, max: figureMax(kind, unit), integer: false, unit: unit ?? "" };
    case "GROWTH_PCT":
      return GROWTH_TARGET_RANGE;
    case "MILESTONE":
    case "DECLARATION":
      return null;
  }
}

/** A growth target's baseline (基数): the prior-year figure, in the target's unit. */
export function baselineRange(unit: string | null | undefined): ValueRange {
  return { min: MIN_DIVISOR, max: figureMax("GROWTH_PCT", unit), integer: false, unit: unit ?? "" };
}

/** 1234567.5 → "1,234,567.5"; small values keep their digits (0.0001). */
export function formatRangeNumber(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 4 });
}

/** The app's own units in words (分 points, 天 days); a plan's units (万元, 家) are the plan's. */
const UNIT_WORDS: Record<string, ErrorKey> = { 分: "unit.points", 天: "unit.days" };

/** "0 到 10,000 亿元", "0.01% 到 1,000%": a catalogue message (lib/i18n/errors.ts) */
export function describeRange(r: ValueRange): string {
  const [min, max] = [formatRangeNumber(r.min), formatRangeNumber(r.max)];
  if (r.unit === "%") return msg("range.percent", { min, max });
  const unit = r.unit ? ` ${UNIT_WORDS[r.unit] ? msg(UNIT_WORDS[r.unit]) : r.unit}` : "";
  return msg("range.plain", { min, max, unit });
}

/**
 * The smallest size a number other than 0 may have (#11). Nothing the app counts is smaller — 1e-9 亿元 is a tenth
 * of a 元, 1e-9 分 or a share of 1e-9 nobody types — and a subnormal double such as 5e-324 (which ranges starting
 * at 0 let through) turns any division by it into Infinity. Zero itself is a value like any other.
 */
export const MIN_MAGNITUDE = 1e-9;

/** Whether `n` is not 0 and yet smaller in size than MIN_MAGNITUDE (5e-324, -1e-300 …). */
export const isTinyNonZero = (n: number): boolean => n !== 0 && Math.abs(n) < MIN_MAGNITUDE;

/** The message for a tiny non-zero number, naming `what`. */
export const tinyNumberProblem = (what: string) => msg("v.tooTiny", { what, min: MIN_MAGNITUDE.toFixed(9) });

/**
 * Why `n` is outside the range (naming `what` and the range), or null when it fits: a catalogue message;
 * `what` is the field's name, a catalogue message too (msg("field.value")).
 */
export function rangeProblem(what: string, n: number, r: ValueRange): string | null {
  if (!Number.isFinite(n)) return msg("v.finite", { what });
  if (n < r.min || n > r.max) return msg("v.between", { what, range: describeRange(r) });
  if (r.integer && !Number.isInteger(n)) return msg("v.integer", { what });
  if (isTinyNonZero(n)) return tinyNumberProblem(what);
  return null;
}

/** A computed number a page can show: Infinity and NaN (a division by a near-zero legacy value) become null. */
export function finiteOrNull(n: number | null | undefined): number | null {
  return n === null || n === undefined || !Number.isFinite(n) ? null : n;
}

/** A sum a page can show: null when it overflows (or a term is not a finite number). */
export function finiteSum(values: Iterable<number>): number | null {
  let sum = 0;
  for (const v of values) sum += v;
  return finiteOrNull(sum);
}

/**
 * Points as the rules use them: a stored value outside 0 – POINTS_RANGE.max (a legacy row) counts as the
 * nearest bound, NaN as 0, so sums of points stay finite whatever one row holds.
 */
export function pointsInRange(points: number): number {
  if (Number.isNaN(points)) return 0;
  return Math.min(Math.max(points, POINTS_RANGE.min), POINTS_RANGE.max);
}
