import type { StatusRule, TargetStatus } from "../../graphql/generated/client/graphql";
import { fill, formatDate, formatMonth, formatNumber, formatPercent } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";

/** What a status hint needs: the evaluation and the target's window, bands and value. */
export interface HintedProgress {
  status: TargetStatus;
  statusRule: StatusRule;
  behindMargin: number;
  ratio?: number | null;
  expectedRatio: number;
  target: {
    targetValue?: number | null;
    measureUnit?: string | null;
    greenAt?: number | null;
    amberAt?: number | null;
    window: { start: string; end: string; endMonth: number };
  };
}

const points = (share: number, locale: Locale) => formatNumber(share * 100, locale, 1);

/**
 * Why a target has its status, in the reader's language: the rule that decided it (lib/domain/status.ts) with
 * the figures and the tolerance it used — the plan's margin, or the target's colour thresholds. The badge's hover.
 */
export function statusHint(p: HintedProgress, t: Messages, locale: Locale): string {
  const r = t.statusRules.rule;
  const { target } = p;
  const values = {
    ratio: formatPercent(p.ratio ?? 0, locale),
    expected: formatPercent(p.expectedRatio, locale),
    margin: points(p.behindMargin, locale),
    line: formatPercent(Math.max(p.expectedRatio - p.behindMargin, 0), locale),
    start: formatDate(target.window.start, locale),
    end: formatDate(target.window.end, locale),
    month: formatMonth(target.window.endMonth, locale, "long"),
    green: formatPercent(target.greenAt ?? null, locale),
    amber: formatPercent(target.amberAt ?? null, locale),
    target: `${formatNumber(target.targetValue ?? null, locale)}${target.measureUnit ? ` ${target.measureUnit}` : ""}`,
  };
  return fill(t.statusRules.labelled, { status: t.status[p.status], rule: fill(r[p.statusRule], values) });
}
