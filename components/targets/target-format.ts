import { formatNumber, formatWindow } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import type { TargetKind } from "../../graphql/generated/client/graphql";
import { aside } from "../../lib/i18n/punctuation";

interface TargetLike {
  kind: TargetKind;
  targetValue?: number | null;
  measureUnit?: string | null;
  window: { startMonth: number; endMonth: number; specified: boolean };
  windowText?: string | null;
}

/** "≥10%", "5 项", "267.9 万元", "完成" — the target as the plan states it. */
export function targetValueText(t: TargetLike, m: Messages, locale: Locale): string {
  switch (t.kind) {
    case "GROWTH_PCT":
      return `≥${formatNumber(t.targetValue, locale)}%`;
    case "MILESTONE":
      return m.form.milestoneDone;
    case "DECLARATION":
      return m.kind.DECLARATION;
    default:
      return `${formatNumber(t.targetValue, locale)} ${t.measureUnit ?? ""}`.trim();
  }
}

/** The latest reported figure in the target's own terms. */
export function latestValueText(
  t: Pick<TargetLike, "kind" | "measureUnit">,
  value: number | null | undefined,
  growthPercent: number | null | undefined,
  m: Messages,
  locale: Locale,
): string {
  if (value == null) return "—";
  if (t.kind === "MILESTONE" || t.kind === "DECLARATION") return value >= 1 ? m.form.milestoneDone : m.form.milestoneNotDone;
  const base = `${formatNumber(value, locale)} ${t.measureUnit ?? ""}`.trim();
  if (t.kind === "GROWTH_PCT") {
    return growthPercent == null ? base : `${base}${aside(`${m.target.growth} ${formatNumber(growthPercent, locale, 1)}%`, m)}`;
  }
  return base;
}

export function windowText(t: TargetLike, m: Messages, locale: Locale): string {
  return t.window.specified ? formatWindow(t.window.startMonth, t.window.endMonth, locale) : m.wholeYear;
}
