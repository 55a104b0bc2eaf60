import { format } from "date-fns";
import { enUS } from "date-fns/locale";
import type { ReviewKind, TargetKind } from "../../graphql/generated/client/graphql";
import { growthPercent } from "../../lib/domain";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { latestValueText } from "../targets/target-format";

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

/** "农社科、高新办", or 未指定 / Unassigned when the snapshot recorded no owner. */
export function ownersText(owners: readonly { name: string }[], t: Messages): string {
  return owners.length ? owners.map((o) => o.name).join("、") : t.unassigned;
}

interface SnapshotValue {
  value?: number | null;
  target: { kind: TargetKind; measureUnit?: string | null; baselineValue?: number | null };
}

/** The figure a snapshot froze, in the target's own terms (growth targets with their increase). */
export function snapshotValueText(r: SnapshotValue, t: Messages, locale: Locale): string {
  const growth = r.target.kind === "GROWTH_PCT" ? growthPercent(r.target.baselineValue ?? null, r.value ?? null) : null;
  return latestValueText(r.target, r.value, growth, t, locale);
}
