import { formatDate, formatDateTime, formatNumber } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";

interface Entry {
  id: string;
  value: number;
  reportedFor: string;
  note?: string | null;
  action: string;
  isDemo: boolean;
  createdAt: string;
  reportedBy: { displayName: string };
}

export function EntryHistory({
  entries,
  kind,
  measureUnit,
  t,
  locale,
}: {
  entries: Entry[];
  kind: string;
  measureUnit: string | null;
  t: Messages;
  locale: Locale;
}) {
  if (entries.length === 0) return <p className="muted">{t.target.noEntries}</p>;
  const allOrNothing = kind === "MILESTONE" || kind === "DECLARATION";
  return (
    <table className="data" data-testid="entry-history">
      <thead>
        <tr>
          <th scope="col">{t.target.reportedFor}</th>
          <th scope="col" className="num">{t.target.value}</th>
          <th scope="col">{t.target.note}</th>
          <th scope="col">{t.target.reporter}</th>
          <th scope="col">{t.target.recordedAt}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-testid="entry-row">
            <td>{formatDate(e.reportedFor, locale)}</td>
            <td className="num">
              {allOrNothing ? (e.value >= 1 ? t.form.milestoneDone : t.form.milestoneNotDone) : `${formatNumber(e.value, locale)} ${measureUnit ?? ""}`}
            </td>
            <td>
              {e.note}
              {e.isDemo ? <span className="badge status-NOT_STARTED" style={{ marginLeft: 6 }}>{t.target.demo}</span> : null}
            </td>
            <td>{e.reportedBy.displayName}</td>
            <td>{formatDateTime(e.createdAt, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
