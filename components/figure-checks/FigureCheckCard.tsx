import Link from "next/link";
import { graphql } from "../../graphql/generated/client";
import type { FigureCheckFieldsFragment } from "../../graphql/generated/client/graphql";
import { fill, formatDate, formatDateTime, formatNumber } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { EvidenceList } from "../progress/EvidenceList";
import { latestValueText } from "../targets/target-format";
import { FigureCheckActions } from "./FigureCheckActions";
import { aside, labelled, listSeparator } from "../../lib/i18n/punctuation";

/** What a card shows of a report or item (the queue page asks for these fields). */
export const FigureCheckFields = graphql(`
  fragment FigureCheckFields on FigureCheck {
    kind
    id
    action
    value
    enteredValue
    enteredUnit
    date
    standingValue
    note
    reason
    itemName
    docNumber
    description
    link
    sectionName
    evidence {
      id
      kind
      title
      url
    }
    reportedBy {
      displayName
    }
    reportedAt
    checkStatus
    checkNote
    checkedBy {
      displayName
    }
    checkedAt
    viewerCanCheck
    target {
      id
      code
      title
      kind
      measureUnit
      owners
    }
  }
`);

export type FigureCheckRow = FigureCheckFieldsFragment;

/**
 * One report or item as the 考核组 checks it: what was reported beside what counts now, the note or the item's
 * 批准文号, and the evidence, with 采纳 / 退回 when the viewer may decide. A returned one shows who returned it and why.
 */
export function FigureCheckCard({
  row,
  assessor,
  t,
  locale,
}: {
  row: FigureCheckRow;
  /** the viewer is of the unit's 考核组: a pending report they may not decide is their own */
  assessor: boolean;
  t: Messages;
  locale: Locale;
}) {
  const c = t.checks;
  const isItem = row.kind === "ITEM";
  const show = (v: number | null | undefined) =>
    isItem
      ? v == null
        ? c.none
        : `${formatNumber(v, locale, 0)} ${row.target.measureUnit ?? ""}`.trim()
      : latestValueText(row.target, v, null, t, locale);
  const reported = isItem ? row.itemName : row.action === "NO_CHANGE" ? t.items.noChange : show(row.value);
  const label = `${row.target.code} ${row.target.title}`;
  return (
    <article className="panel check-card" data-testid="check-card" data-kind={row.kind} data-id={row.id} data-check={row.checkStatus}>
      <header>
        <h3>
          <Link href={`/targets/${row.target.id}`}>{label}</Link>
        </h3>
        <p className="muted small">
          <span className="badge status-NOT_STARTED">{c.kind[row.action as keyof typeof c.kind] ?? row.action}</span>{" "}
          {row.target.owners.join(listSeparator(t)) || c.noOwner}
        </p>
      </header>
      <dl className="facts">
        <dt>{c.reported}</dt>
        <dd data-testid="check-reported">
          <strong>{reported}</strong>
          {row.enteredUnit && row.enteredValue != null ? (
            <span className="muted">
              {aside(`${t.items.enteredAs} ${formatNumber(row.enteredValue, locale, 4)} ${row.enteredUnit}`, t)}
            </span>
          ) : null}
        </dd>
        <dt>{row.action === "CORRECTION" ? c.replaces : c.standing}</dt>
        <dd data-testid="check-standing">{show(row.standingValue)}</dd>
        <dt>{isItem ? c.itemDate : c.dateFor}</dt>
        <dd>{formatDate(row.date, locale)}</dd>
        {row.docNumber ? (
          <>
            <dt>{c.docNumber}</dt>
            <dd>{row.docNumber}</dd>
          </>
        ) : null}
        {row.sectionName ? (
          <>
            <dt>{c.section}</dt>
            <dd>{row.sectionName}</dd>
          </>
        ) : null}
        {row.note || row.description ? (
          <>
            <dt>{isItem ? c.description : c.note}</dt>
            <dd className="pre-line">{row.note ?? row.description}</dd>
          </>
        ) : null}
        {row.reason ? (
          <>
            <dt>{c.reason}</dt>
            <dd className="pre-line">{row.reason}</dd>
          </>
        ) : null}
        <dt>{c.evidence}</dt>
        <dd data-testid="check-evidence">
          {row.evidence.length > 0 || row.link ? (
            <>
              <EvidenceList evidence={row.evidence} />
              {row.link ? (
                <a href={row.link} target="_blank" rel="noreferrer">
                  {row.link}
                </a>
              ) : null}
            </>
          ) : (
            <span className="muted">{c.noEvidence}</span>
          )}
        </dd>
      </dl>
      <p className="muted small">{fill(c.reportedBy, { name: row.reportedBy.displayName, at: formatDateTime(row.reportedAt, locale) })}</p>
      {row.checkStatus === "RETURNED" ? (
        <p role="note" data-testid="check-note">
          <strong>{labelled(c.returnReason, "", t)}</strong>
          {row.checkNote}
          {row.checkedBy && row.checkedAt ? (
            <span className="muted small">
              {aside(fill(c.checkedBy, { name: row.checkedBy.displayName, at: formatDateTime(row.checkedAt, locale) }), t)}
            </span>
          ) : null}
        </p>
      ) : null}
      {row.checkStatus === "PENDING" ? (
        row.viewerCanCheck ? (
          <FigureCheckActions kind={row.kind} id={row.id} label={label} t={t} />
        ) : assessor ? (
          <p className="muted small">{c.ownReport}</p>
        ) : null
      ) : null}
    </article>
  );
}
