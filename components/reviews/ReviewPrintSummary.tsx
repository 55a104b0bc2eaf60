import type { ReviewKind, SummaryFieldsFragment } from "../../graphql/generated/client/graphql";
import { overallText } from "../../lib/i18n/bulletin-text";
import { formatDate } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { aside } from "../../lib/i18n/punctuation";

/**
 * 总体情况 on the printed review, in words — the sentence the 通报 opens its 总体完成情况 with, from the same snapshot
 * figures as the cards above it (which read as a dashboard on paper): how many targets and points, the completion at
 * the period end, how many done, on track, behind, overdue, not started.
 */
export function ReviewPrintSummary({
  summary,
  kind,
  periodEnd,
  t,
  locale,
}: {
  summary: SummaryFieldsFragment;
  kind: ReviewKind;
  periodEnd: string;
  t: Messages;
  locale: Locale;
}) {
  const count = (status: string) => summary.byStatus.find((s) => s.status === status)?.count ?? 0;
  const tally = {
    count: summary.count,
    points: summary.totalPoints,
    completion: summary.completion,
    done: count("DONE"),
    onTrack: count("ON_TRACK"),
    behind: count("BEHIND"),
    overdue: count("OVERDUE"),
    notStarted: count("NOT_STARTED"),
    inactive: count("INACTIVE"),
  };
  return (
    <section className="print-only review-print-summary" aria-labelledby="review-print-summary" data-testid="review-print-summary">
      <h2 id="review-print-summary">
        {t.review.printSummary}
        {aside(formatDate(periodEnd, locale), t)}
      </h2>
      <p>{overallText(tally, kind, t, locale)}</p>
    </section>
  );
}
