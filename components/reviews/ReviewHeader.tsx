import Link from "next/link";
import type { ReviewHeaderFieldsFragment } from "../../graphql/generated/client/graphql";
import { formatDate, formatDateTime } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { PrintButton } from "./PrintButton";
import { ReviewActions } from "./ReviewActions";
import { reviewTitle } from "./review-format";
import { listSeparator } from "../../lib/i18n/render-message";

/** The review's title and period, who opened (and closed) it and when, the actions, exports and print. */
export function ReviewHeader({ detail, t, locale }: { detail: ReviewHeaderFieldsFragment; t: Messages; locale: Locale }) {
  const { review: r, plan, viewerCanManage: canManage } = detail;
  const open = r.status === "OPEN";
  const sep = listSeparator(locale, "comma");
  return (
    <>
      <p className="no-print">
        <Link href={`/plans/${plan.id}/reviews`}>
          ← {t.review.title} · {plan.title}
        </Link>
      </p>
      <h1>{reviewTitle(r, t, locale)}</h1>
      <p className="subtitle">
        {plan.unitName} · {plan.title} · {t.review.period} {formatDate(r.periodStart, locale)} – {formatDate(r.periodEnd, locale)}
      </p>
      <dl className="facts review-facts">
        <dt>{t.review.status}</dt>
        <dd>
          <span className={`badge review-${r.status}`} data-testid="review-status">
            {open ? t.review.statusOpen : t.review.statusClosed}
          </span>
        </dd>
        <dt>{t.review.createdBy}</dt>
        <dd>
          {r.createdBy.displayName}
          {sep}
          {formatDateTime(r.createdAt, locale)}
        </dd>
        <dt>{t.review.snapshotAt}</dt>
        <dd data-testid="snapshot-at">{formatDateTime(r.snapshotAt, locale)}</dd>
        {r.closedAt ? (
          <>
            <dt>{t.review.closedBy}</dt>
            <dd>
              {r.closedBy?.displayName}
              {sep}
              {formatDateTime(r.closedAt, locale)}
            </dd>
          </>
        ) : null}
      </dl>
      <div className="toolbar no-print">
        {canManage ? (
          <ReviewActions reviewId={r.id} version={r.version} status={r.status} frozen={r.bulletinIssuedAt != null} t={t} />
        ) : null}
        <a className="button secondary" href={`/api/reviews/${r.id}/pack`} download data-testid="export-pack">
          {t.review.exportPack}
        </a>
        <a className="button secondary" href={`/api/reviews/${r.id}/pack?format=csv`} download>
          {t.review.exportCsv}
        </a>
        <PrintButton label={t.review.print} />
      </div>
      {open ? <p className="muted no-print">{t.review.closeHint}</p> : null}
      {!canManage ? <p className="muted no-print">{t.review.readOnly}</p> : null}
    </>
  );
}
