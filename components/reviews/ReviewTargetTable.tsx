import Link from "next/link";
import type { ReviewCommentFieldsFragment, ReviewTargetRowFieldsFragment } from "../../graphql/generated/client/graphql";
import { formatDate, formatNumber, formatPercent } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { OwnerList } from "../targets/OwnerList";
import { StatusBadge } from "../targets/StatusBadge";
import { targetValueText, windowText } from "../targets/target-format";
import { ReviewCommentForm } from "./ReviewCommentForm";
import { ReviewComments } from "./ReviewComments";
import { snapshotValueText } from "./review-format";
import { aside, listSeparator } from "../../lib/i18n/punctuation";

interface Props {
  rows: readonly ReviewTargetRowFieldsFragment[];
  comments: readonly ReviewCommentFieldsFragment[];
  reviewId: string;
  periodEnd: string;
  /** 年终考评: the computed score column */
  withScore: boolean;
  /** the review is open and the viewer may comment */
  canWrite: boolean;
  t: Messages;
  locale: Locale;
}

/** 期末快照: every target as the review froze it at the period end, with its 点评; lagging rows tinted. */
export function ReviewTargetTable({ rows, comments, reviewId, periodEnd, withScore, canWrite, t, locale }: Props) {
  return (
    <>
      <h2 id="snapshot-title">
        {t.review.snapshot}
        {aside([formatDate(periodEnd, locale), `${rows.length} ${t.dashboard.targetsCount}`].join(listSeparator(t, "comma")), t)}
      </h2>
      <table className="data snapshot-table" data-testid="snapshot-table" aria-labelledby="snapshot-title">
        <thead>
          <tr>
            <th scope="col">{t.table.code}</th>
            <th scope="col">{t.table.target}</th>
            <th scope="col">{t.table.owner}</th>
            <th scope="col">{t.table.window}</th>
            <th scope="col" className="num">
              {t.table.targetValue}
            </th>
            <th scope="col" className="num">
              {t.review.value}
            </th>
            <th scope="col" className="num">
              {t.table.completion}
            </th>
            <th scope="col" className="num">
              {t.dashboard.expected}
            </th>
            <th scope="col">{t.table.status}</th>
            <th scope="col" className="num">
              {t.table.forecast}
            </th>
            <th scope="col" className="num">
              {t.table.points}
            </th>
            {withScore ? (
              <th scope="col" className="num">
                {t.review.score}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.target.id}
              data-testid="snapshot-row"
              data-code={row.code}
              data-status={row.status}
              className={row.needsAttention ? `flag-${row.status}` : undefined}
            >
              <td>{row.code}</td>
              <td>
                <Link href={`/targets/${row.target.id}?asOf=${periodEnd}`}>{row.title}</Link>
                {row.dueInPeriod ? <span className="due-tag"> {t.review.dueInPeriod}</span> : null}
                <ReviewComments comments={comments.filter((c) => c.targetId === row.target.id)} locale={locale} />
                {canWrite ? (
                  <ReviewCommentForm reviewId={reviewId} targetId={row.target.id} about={`${row.code} ${row.title}`} t={t} />
                ) : null}
              </td>
              <td>
                <OwnerList owners={row.owners} t={t} />
              </td>
              <td>{windowText(row.target, t, locale)}</td>
              <td className="num">{targetValueText(row.target, t, locale)}</td>
              <td className="num" data-testid="snapshot-value">
                {snapshotValueText(row, t, locale)}
              </td>
              <td className="num">{formatPercent(row.ratio, locale)}</td>
              <td className="num">{formatPercent(row.expectedRatio, locale)}</td>
              <td>
                <StatusBadge status={row.status} t={t} />
              </td>
              <td className="num">
                {row.target.kind === "MILESTONE" || row.target.kind === "DECLARATION" ? "—" : formatNumber(row.forecastValue, locale)}
              </td>
              <td className="num">{formatNumber(row.points, locale)}</td>
              {withScore ? (
                <td className="num" data-testid="computed-score">
                  {formatNumber(row.computedScore, locale)}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
