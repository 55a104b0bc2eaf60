import { format } from "date-fns";
import { enUS } from "date-fns/locale";
import type { ReviewKind } from "../../graphql/generated/client/graphql";
import type { Locale, Messages } from "../../lib/i18n/messages";

/** 2013年第3季度 / Q3 2013 — the period in the page's language. */
export function periodLabel(kind: ReviewKind, year: number, index: number, locale: Locale): string {
  if (locale === "zh") {
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
  switch (kind) {
    case "MONTH":
      return format(new Date(year, index - 1, 1), "MMM yyyy", { locale: enUS });
    case "QUARTER":
      return `Q${index} ${year}`;
    case "HALF_YEAR":
      return `H${index} ${year}`;
    case "YEAR":
      return String(year);
  }
}

/** 2013年第3季度 · 季度督查 */
export function reviewTitle(r: { kind: ReviewKind; year: number; periodIndex: number }, t: Messages, locale: Locale): string {
  return `${periodLabel(r.kind, r.year, r.periodIndex, locale)} · ${t.review.kinds[r.kind]}`;
}
