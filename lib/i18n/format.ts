import { format } from "date-fns";
import { enUS, zhCN } from "date-fns/locale";
import { toDate } from "../domain";
import type { Locale, Messages } from "./messages";
import { listSeparator } from "./punctuation";

/** "{count} 项" with {count: 3} → "3 项"; a placeholder without a value stays visible rather than vanishing. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));

const intlLocale = (l: Locale) => (l === "zh" ? "zh-CN" : "en-US");

/** The page's lang attribute: zh-CN / en. */
export const htmlLang = (l: Locale) => (l === "zh" ? "zh-CN" : "en");

/** 2013年9月30日 / Sep 30, 2013 */
export function formatDate(iso: string, locale: Locale): string {
  return format(toDate(iso), locale === "zh" ? "yyyy年M月d日" : "MMM d, yyyy", { locale: locale === "zh" ? zhCN : enUS });
}

/**
 * Intl formatters are built once per locale and style: building one costs ~40 µs, and a page or an export formats
 * every figure of every target (#12: formatNumber was the largest item of a score sheet's XLSX).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

export function formatDateTime(iso: string, locale: Locale): string {
  return formatter(
    `dt|${locale}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }),
  ).format(new Date(iso));
}

export function formatNumber(n: number | null | undefined, locale: Locale, digits = 2): string {
  if (n == null) return "—";
  return formatter(`n|${locale}|${digits}`, () => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits })).format(n);
}

/** 0.756 → 75.6% */
export function formatPercent(ratio: number | null | undefined, locale: Locale): string {
  if (ratio == null) return "—";
  return formatter(`p|${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 1 })).format(
    ratio,
  );
}

/** A locale, or the messages a client component is handed (they say which language they are). */
type LocaleOf = Locale | Messages;
const localeOf = (l: LocaleOf): Locale => (typeof l === "string" ? l : (l.errors["language.code"] as Locale));

/**
 * Every month the app names, in one place: 8月 / Aug (short) / August (long). Charts, tables, notices and
 * messages all ask here (or the catalogue's monthMsg, which says the same).
 */
export function formatMonth(month: number, locale: LocaleOf, style: "short" | "long" = "short"): string {
  if (localeOf(locale) === "zh") return `${month}月`;
  return format(new Date(2000, month - 1, 1), style === "long" ? "MMMM" : "MMM", { locale: enUS });
}

/** 3–10月 / Mar–Oct */
export function formatWindow(startMonth: number, endMonth: number, locale: LocaleOf): string {
  if (startMonth === endMonth) return formatMonth(startMonth, locale);
  if (localeOf(locale) === "zh") return `${startMonth}–${endMonth}月`;
  return `${formatMonth(startMonth, locale)}–${formatMonth(endMonth, locale)}`;
}

/** 9月30日 / Sep 30: a day of the year in view */
export function formatDayInMonth(iso: string, locale: LocaleOf): string {
  return format(toDate(iso), localeOf(locale) === "zh" ? "M月d日" : "MMM d", { locale: localeOf(locale) === "zh" ? zhCN : enUS });
}

/** Months as runs: 1–3月、5月 / Jan–Mar, May. */
export function formatMonthRuns(months: readonly number[], locale: LocaleOf): string {
  const sorted = [...months].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0];
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
    runs.push(formatWindow(start, sorted[i - 1], locale));
    start = sorted[i];
  }
  return runs.join(listSeparator(locale));
}
