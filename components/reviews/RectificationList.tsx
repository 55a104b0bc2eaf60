import type { RectificationFieldsFragment, RectificationTargetFieldsFragment } from "../../graphql/generated/client/graphql";
import { formatDate, formatDateTime } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { CloseRectificationControl } from "./CloseRectificationControl";
import { RectificationForm } from "./RectificationForm";

function RectificationTable({
  items,
  canManage,
  t,
  locale,
}: {
  items: readonly RectificationFieldsFragment[];
  canManage: boolean;
  t: Messages;
  locale: Locale;
}) {
  return (
    <table className="data" data-testid="rectifications">
      <thead>
        <tr>
          <th scope="col">{t.table.target}</th>
          <th scope="col">{t.review.notice}</th>
          <th scope="col">{t.review.deadline}</th>
          <th scope="col">{t.review.status}</th>
          <th scope="col">{t.review.issuedBy}</th>
          <th scope="col">{t.review.outcome}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.id} data-testid="rectification-row" data-state={r.state}>
            <td>
              {r.code} {r.title}
            </td>
            <td className="pre-line">{r.notice}</td>
            <td>{formatDate(r.deadline, locale)}</td>
            <td>
              <span className={`badge rect-${r.state}`}>{t.review.rectState[r.state]}</span>
            </td>
            <td>
              {r.issuedBy.displayName}
              <div className="muted">{formatDateTime(r.createdAt, locale)}</div>
            </td>
            <td>
              {r.status === "CLOSED" ? (
                <>
                  <span className="pre-line">{r.closingNote}</span>
                  <div className="muted">
                    {r.closedBy?.displayName}
                    {r.closedAt ? `，${formatDateTime(r.closedAt, locale)}` : ""}
                  </div>
                </>
              ) : canManage ? (
                <CloseRectificationControl rectificationId={r.id} version={r.version} about={`${r.code} ${r.title}`} t={t} />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Props {
  rectifications: readonly RectificationFieldsFragment[];
  /** the snapshot's targets a new notice can be about */
  targets: readonly RectificationTargetFieldsFragment[];
  review: { id: string; periodStart: string; periodEnd: string };
  /** assessors and administrators: may close notices */
  canManage: boolean;
  /** …and, while the review is open, issue new ones */
  canWrite: boolean;
  t: Messages;
  locale: Locale;
}

/** 整改通知: the form to issue one (lagging targets first) and the notices this review issued. */
export function RectificationList({ rectifications, targets, review, canManage, canWrite, t, locale }: Props) {
  const forNotice = [...targets].sort((a, b) => Number(b.needsAttention) - Number(a.needsAttention));
  return (
    <section aria-labelledby="rect-title">
      <h2 id="rect-title">{t.review.rectifications}</h2>
      {canWrite ? (
        <div className="panel no-print" style={{ marginBottom: 12 }}>
          <RectificationForm
            reviewId={review.id}
            periodStart={review.periodStart}
            defaultDeadline={review.periodEnd}
            targets={forNotice.map((x) => ({ id: x.target.id, label: `${x.code} ${x.title}（${t.status[x.status]}）` }))}
            t={t}
          />
        </div>
      ) : null}
      {rectifications.length ? (
        <RectificationTable items={rectifications} canManage={canManage} t={t} locale={locale} />
      ) : (
        <p className="muted">{t.review.noRectifications}</p>
      )}
    </section>
  );
}
