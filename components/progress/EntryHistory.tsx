import { formatDate, formatDateTime, formatNumber } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import type { TargetKind } from "../../graphql/generated/client/graphql";
import { latestValueText } from "../targets/target-format";
import { CheckState } from "../figure-checks/CheckState";
import { AmendEntryControl } from "./AmendEntryControl";
import { EvidenceList } from "./EvidenceList";
import { AfterAsOfMark } from "../targets/AfterAsOfMark";
import { isAfterAsOf } from "../../lib/domain/as-of";
import { aside, labelled } from "../../lib/i18n/punctuation";

interface Entry {
  id: string;
  value: number;
  reportedFor: string;
  note?: string | null;
  action: string;
  reason?: string | null;
  counts: boolean;
  /** 数据审核: PENDING / RETURNED entries are shown as such, not as superseded */
  checkStatus: string;
  checkNote?: string | null;
  /** AMOUNT: the figure as typed when entered in another unit (0.5 亿元 for a 万元 target) */
  enteredValue?: number | null;
  enteredUnit?: string | null;
  isDemo: boolean;
  createdAt: string;
  reportedBy: { displayName: string };
  evidence: { id: string; kind: string; title: string; url?: string | null }[];
}

interface Props {
  entries: Entry[];
  kind: string;
  measureUnit: string | null;
  /** set when the viewer may amend: the target's current version */
  amendVersion: number | null;
  /** the page's as-of day: reports for a later day are marked 截至日期后 */
  asOf?: string;
  t: Messages;
  locale: Locale;
}

/**
 * Every report, correction, withdrawal and 本月无新进展 confirmation, newest first; reports that no longer
 * count are struck through (a confirmation never counts as a figure and is not struck through). Reports for a
 * day after the page's as-of day are marked 截至日期后: the page's figures do not count them.
 */
export function EntryHistory({ entries, kind, measureUnit, amendVersion, asOf, t, locale }: Props) {
  if (entries.length === 0) return <p className="muted">{t.target.noEntries}</p>;
  const allOrNothing = kind === "MILESTONE" || kind === "DECLARATION";
  const show = (v: number) => latestValueText({ kind: kind as TargetKind, measureUnit }, v, null, t, locale);
  return (
    <table className="data reflow" data-testid="entry-history">
      <thead>
        <tr>
          <th scope="col">{t.target.reportedFor}</th>
          <th scope="col">{t.entry.action}</th>
          <th scope="col" className="num">
            {t.target.value}
          </th>
          <th scope="col">{t.target.note}</th>
          <th scope="col">{t.entry.evidence}</th>
          <th scope="col">{t.target.reporter}</th>
          <th scope="col">{t.target.recordedAt}</th>
          {amendVersion != null ? (
            <th scope="col" className="no-print">
              <span className="visually-hidden">{t.entry.amend}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => {
          const noChange = e.action === "NO_CHANGE";
          // not counting because it waits for the 考核组 or was returned is not "superseded"
          const unchecked = e.checkStatus !== "ACCEPTED";
          const amendable = e.action !== "WITHDRAWAL" && (e.counts || (unchecked && !noChange));
          return (
            <tr
              key={e.id}
              data-testid="entry-row"
              data-action={e.action}
              data-counts={e.counts}
              data-check={e.checkStatus}
              data-after-as-of={asOf && isAfterAsOf(e.reportedFor, asOf) ? true : undefined}
              className={e.counts || noChange || unchecked ? undefined : "superseded"}
            >
              <td data-label={t.target.reportedFor}>
                {formatDate(e.reportedFor, locale)}
                <AfterAsOfMark day={e.reportedFor} asOf={asOf} t={t} locale={locale} />
              </td>
              <td data-label={t.entry.action}>
                {noChange ? t.items.noChange : (t.entry[e.action as keyof Messages["entry"]] ?? e.action)}
                {!e.counts && !noChange && !unchecked && e.action !== "WITHDRAWAL" && kind !== "COUNT" ? (
                  <div className="muted">{t.entry.superseded}</div>
                ) : null}
                <CheckState checkStatus={e.checkStatus} checkNote={e.checkNote} kind="ENTRY" t={t} />
              </td>
              <td className={noChange ? "num muted" : "num"} data-label={t.target.value}>
                {show(e.value)}
                {e.enteredUnit && e.enteredValue != null ? (
                  <div className="muted" data-testid="entered-as">
                    {aside(`${t.items.enteredAs} ${formatNumber(e.enteredValue, locale, 4)} ${e.enteredUnit}`, t)}
                  </div>
                ) : null}
              </td>
              <td className="cell-wide" data-label={t.target.note}>
                {e.note}
                {e.reason ? <div className="muted">{labelled(t.entry.reasonGiven, e.reason, t)}</div> : null}
                {e.isDemo ? (
                  <span className="badge status-NOT_STARTED" style={{ marginLeft: 6 }}>
                    {t.target.demo}
                  </span>
                ) : null}
              </td>
              <td data-label={t.entry.evidence}>
                <EvidenceList evidence={e.evidence} />
              </td>
              <td data-label={t.target.reporter}>{e.reportedBy.displayName}</td>
              <td data-label={t.target.recordedAt}>{formatDateTime(e.createdAt, locale)}</td>
              {amendVersion != null ? (
                <td className="no-print cell-wide">
                  {amendable ? <AmendEntryControl entryId={e.id} version={amendVersion} allOrNothing={allOrNothing} t={t} /> : null}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
