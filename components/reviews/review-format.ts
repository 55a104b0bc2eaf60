import type { TargetKind } from "../../graphql/generated/client/graphql";
import { growthPercent } from "../../lib/domain";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { latestValueText } from "../targets/target-format";
import { listSeparator } from "../../lib/i18n/punctuation";

// the period and the review named in words live with the messages (the audit log names reviews too)
export { periodLabel, reviewTitle } from "../../lib/i18n/review-title";

/** "农社科、高新办" (in English joined with ", "), or 未指定 / Unassigned when the snapshot recorded no owner. */
export function ownersText(owners: readonly { name: string }[], t: Messages): string {
  return owners.length ? owners.map((o) => o.name).join(listSeparator(t)) : t.unassigned;
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
