import { format } from "date-fns";
import { enUS } from "date-fns/locale";
import { periodName, type ReviewKind } from "../domain";
import { msgEach } from "./message-text";
import { messages, type Locale, type Messages } from "./messages";

/** 2013年第3季度 / Q3 2013 — the period in the page's language. */
export function periodLabel(kind: ReviewKind, year: number, index: number, locale: Locale): string {
  if (locale === "zh") return periodName(kind, year, index);
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

/** 2013年第3季度季度督查 / Q3 2013 Quarterly inspection: a review as a refusal names it (lib/i18n/message-text.ts). */
export function reviewTitleMsg(kind: ReviewKind, year: number, index: number): string {
  return msgEach({
    zh: `${periodName(kind, year, index)}${messages.zh.review.kinds[kind]}`,
    en: `${periodLabel(kind, year, index, "en")} ${messages.en.review.kinds[kind]}`,
  });
}

/**
 * 季度督查 / quarterly inspection: a review's kind inside a sentence (the notice's, its file name) — the catalogue's one
 * label (review.kinds), its first letter in lower case where the language has case.
 */
export function reviewKindInText(kind: ReviewKind, t: Messages): string {
  const label = t.review.kinds[kind];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** 2013年第3季度 · 季度督查: the review pages' title, and how the audit log names a review. */
export function reviewTitle(r: { kind: ReviewKind; year: number; periodIndex: number }, t: Messages, locale: Locale): string {
  return `${periodLabel(r.kind, r.year, r.periodIndex, locale)} · ${t.review.kinds[r.kind]}`;
}
