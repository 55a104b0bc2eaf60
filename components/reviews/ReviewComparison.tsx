import Link from "next/link";
import type { ReviewComparisonFieldsFragment, ReviewKind, TargetStatus } from "../../graphql/generated/client/graphql";
import { fill, formatNumber, formatPercent } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { StatusBadge } from "../targets/StatusBadge";
import { periodLabel, reviewTitle } from "./review-format";
import { aside } from "../../lib/i18n/punctuation";

const statusText = (s: TargetStatus | null | undefined, t: Messages) => (s ? t.status[s] : "—");

interface Props {
  comparison: ReviewComparisonFieldsFragment;
  /** this review's period, to name the previous one when it was not held */
  period: { kind: ReviewKind; year: number; periodIndex: number };
  t: Messages;
  locale: Locale;
}

/** 与上期对比: what moved since the previous review of the same kind, or why there is nothing to compare. */
export function ReviewComparison({ comparison: c, period, t, locale }: Props) {
  const changed = c.changes.filter((x) => x.change !== "UNCHANGED");
  return (
    <section aria-labelledby="compare-title" data-testid="comparison">
      <h2 id="compare-title">{t.review.compare}</h2>
      {c.previous ? (
        <>
          <p>
            <Link href={`/reviews/${c.previous.id}`}>{fill(t.review.comparePrevious, { name: reviewTitle(c.previous, t, locale) })}</Link> ·{" "}
            {t.review.moved} <strong data-testid="moved-count">{c.moved}</strong> · {t.review.unchanged} {c.unchanged} · {t.review.added}{" "}
            {c.added}
          </p>
          {changed.length ? (
            <table className="data" data-testid="comparison-table">
              <thead>
                <tr>
                  <th scope="col">{t.table.target}</th>
                  <th scope="col">{t.review.before}</th>
                  <th scope="col">{t.review.after}</th>
                </tr>
              </thead>
              <tbody>
                {changed.map((x) => (
                  <tr key={x.targetId} data-testid="comparison-row" data-code={x.code} data-change={x.change}>
                    <td>
                      {x.code} {x.title} {x.change === "NEW" ? <span className="due-tag">{t.review.added}</span> : null}
                    </td>
                    <td>
                      {x.before ? (
                        <>
                          {statusText(x.before.status, t)} · {formatNumber(x.before.value, locale)}
                          {aside(formatPercent(x.before.ratio, locale), t)}
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td>
                      <StatusBadge status={x.after.status} t={t} /> {formatNumber(x.after.value, locale)}
                      {aside(formatPercent(x.after.ratio, locale), t)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : (
        <p className="muted">
          {period.periodIndex === 1
            ? t.review.firstPeriod
            : fill(t.review.noPrevious, { key: periodLabel(period.kind, period.year, period.periodIndex - 1, locale) })}
        </p>
      )}
    </section>
  );
}
