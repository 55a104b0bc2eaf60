import { format } from "date-fns";
import { enUS, zhCN } from "date-fns/locale";
import { toDate } from "../domain";
import type { Locale } from "./messages";

/** "{count} 项" with {count: 3} → "3 项"; a placeholder without a value stays visible rather than vanishing. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));

const intlLocale = (l: Locale) => (l === "zh" ? "zh-CN" : "en-US");

/** 2013年9月30日 / Sep 30, 2013 */
export function formatDate(iso: string, locale: Locale): string {
  return format(toDate(iso), locale === "zh" ? "yyyy年M月d日" : "MMM d, yyyy", { locale: locale === "zh" ? zhCN : enUS });
}

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  }).format(new Date(iso));
}

export function formatNumber(n: number | null | undefined, locale: Locale, digits = 2): string {
  if (n == null) return "—";
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(n);
}

/** 0.756 → 75.6% */
export function formatPercent(ratio: number | null | undefined, locale: Locale): string {
  if (ratio == null) return "—";
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 1 }).format(ratio);
}

/** 3–10月 / Mar–Oct */
export function formatWindow(startMonth: number, endMonth: number, locale: Locale): string {
  if (locale === "zh") return startMonth === endMonth ? `${startMonth}月` : `${startMonth}–${endMonth}月`;
  const m = (n: number) => format(new Date(2000, n - 1, 1), "MMM", { locale: enUS });
  return startMonth === endMonth ? m(startMonth) : `${m(startMonth)}–${m(endMonth)}`;
}
