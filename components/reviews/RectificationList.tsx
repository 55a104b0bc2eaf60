import type { RectificationFieldsFragment, RectificationTargetFieldsFragment } from "../../graphql/generated/client/graphql";
import { formatDate, formatDateTime } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { EvidenceList } from "../progress/EvidenceList";
import { AnswerRectificationForm } from "./AnswerRectificationForm";
import { RectificationForm } from "./RectificationForm";
import { RectificationStepControl } from "./RectificationStepControl";
import { aside, labelled, listSeparator } from "../../lib/i18n/punctuation";

/** The answer, its evidence, a send-back reason and the sign-off, as far as the notice got. */
function Outcome({ r, t, locale }: { r: RectificationFieldsFragment; t: Messages; locale: Locale }) {
  return (
    <>
      {r.answer ? (
        <div data-testid="rectification-answer">
          <span className="pre-line">{r.answer}</span>
          <div className="muted">
            {r.answeredBy?.displayName}
            {r.answeredAt ? `${listSeparator(t, "comma")}${formatDateTime(r.answeredAt, locale)}` : ""}
            {r.late ? aside(t.review.answeredLate, t) : ""}
          </div>
          <EvidenceList evidence={r.evidence} />
        </div>
      ) : null}
      {r.returnReason && r.state !== "CLOSED" && r.state !== "ANSWERED" ? (
        <p className="behind" data-testid="rectification-return">
          {labelled(t.review.returnedBecause, r.returnReason, t)}
        </p>
      ) : null}
      {r.status === "CLOSED" ? (
        <div data-testid="rectification-closing">
          {labelled(t.review.closedNote, "", t)}
          <span className="pre-line">{r.closingNote}</span>
          <div className="muted">
            {r.closedBy?.displayName}
            {r.closedAt ? `${listSeparator(t, "comma")}${formatDateTime(r.closedAt, locale)}` : ""}
          </div>
        </div>
      ) : null}
    </>
  );
}

/**
 * 整改通知 with where each one stands. `canManage` (the unit's assessors) may send an answer back or sign a notice
 * off; `canAnswer` (the owning section, on the target page) answers one that is open, sent back or overdue.
 */
export function RectificationTable({
  items,
  canManage,
  canAnswer = false,
  showTarget = true,
  t,
  locale,
}: {
  items: readonly RectificationFieldsFragment[];
  canManage: boolean;
  canAnswer?: boolean;
  showTarget?: boolean;
  t: Messages;
  locale: Locale;
}) {
  return (
    <table className="data reflow" data-testid="rectifications">
      <thead>
        <tr>
          {showTarget ? <th scope="col">{t.table.target}</th> : null}
          <th scope="col">{t.review.notice}</th>
          <th scope="col">{t.review.deadline}</th>
          <th scope="col">{t.review.status}</th>
          <th scope="col">{t.review.issuedBy}</th>
          <th scope="col">{t.review.outcome}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => {
          const about = `${r.code} ${r.title}`;
          return (
            <tr key={r.id} data-testid="rectification-row" data-state={r.state}>
              {showTarget ? <td className="cell-title">{about}</td> : null}
              <td className="pre-line cell-wide" data-label={t.review.notice}>
                {r.notice}
              </td>
              <td data-label={t.review.deadline}>{formatDate(r.deadline, locale)}</td>
              <td data-label={t.review.status}>
                <span className={`badge rect-${r.state}`}>{t.review.rectState[r.state]}</span>
              </td>
              <td data-label={t.review.issuedBy}>
                {r.issuedBy.displayName}
                <div className="muted">{formatDateTime(r.createdAt, locale)}</div>
              </td>
              <td className="cell-wide" data-label={t.review.outcome}>
                <Outcome r={r} t={t} locale={locale} />
                {canAnswer && r.status === "OPEN" ? (
                  <AnswerRectificationForm rectificationId={r.id} version={r.version} about={about} t={t} />
                ) : null}
                {canManage && r.status !== "CLOSED" ? (
                  <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
                    <RectificationStepControl step="CLOSE" rectificationId={r.id} version={r.version} about={about} t={t} />
                    {r.status === "ANSWERED" ? (
                      <RectificationStepControl step="RETURN" rectificationId={r.id} version={r.version} about={about} t={t} />
                    ) : null}
                  </div>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

interface Props {
  rectifications: readonly RectificationFieldsFragment[];
  /** the snapshot's targets a new notice can be about */
  targets: readonly RectificationTargetFieldsFragment[];
  review: { id: string; year: number };
  /** the form's proposed deadline (15 days after today) */
  defaultDeadline: string;
  /** assessors and administrators: may close notices */
  canManage: boolean;
  /** …and, while the review is open, issue new ones */
  canWrite: boolean;
  t: Messages;
  locale: Locale;
}

/** 整改通知: the form to issue one (lagging targets first) and the notices this review issued. */
export function RectificationList({ rectifications, targets, review, defaultDeadline, canManage, canWrite, t, locale }: Props) {
  const forNotice = [...targets].sort((a, b) => Number(b.needsAttention) - Number(a.needsAttention));
  return (
    <section aria-labelledby="rect-title">
      <h2 id="rect-title">{t.review.rectifications}</h2>
      {canWrite ? (
        <div className="panel no-print" style={{ marginBottom: 12 }}>
          <RectificationForm
            reviewId={review.id}
            planYear={review.year}
            defaultDeadline={defaultDeadline}
            targets={forNotice.map((x) => ({ id: x.target.id, label: `${x.code} ${x.title}${aside(t.status[x.status], t)}` }))}
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
