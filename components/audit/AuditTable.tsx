import Link from "next/link";
import type { AuditEntryFieldsFragment } from "../../graphql/generated/client/graphql";
import { auditAbout, auditAboutText, auditActionLabel, auditLines, formatAuditTime, type AuditLine } from "../../lib/i18n/audit";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { labelled } from "../../lib/i18n/punctuation";

const changeList = { margin: 0, paddingLeft: 16 } as const;
const noWrap = { whiteSpace: "nowrap" } as const;

/** 完成值：<muted>2</muted> → <strong>3</strong>; a fact (月份：2013年3月) or a sentence as it reads (Value: 2 → 3). */
function Line({ line, t }: { line: AuditLine; t: Messages }) {
  if (line.kind === "sentence") return <>{line.text}</>;
  if (line.kind === "fact") return <>{labelled(line.label, line.value, t)}</>;
  return (
    <>
      {labelled(line.label, "", t)}
      <span className="muted">{line.before}</span> → <strong>{line.after}</strong>
    </>
  );
}

/**
 * Audit entries newest first: time (China time), who, what, which target, old → new, why. The log page
 * shows every target; a target page passes showTarget={false}.
 */
export function AuditTable({
  entries,
  t,
  locale,
  showTarget = true,
}: {
  entries: AuditEntryFieldsFragment[];
  t: Messages;
  locale: Locale;
  showTarget?: boolean;
}) {
  if (entries.length === 0)
    return (
      <p className="muted" data-testid="audit-empty">
        {t.audit.none}
      </p>
    );
  return (
    <table className="data reflow" data-testid="audit-table">
      <thead>
        <tr>
          <th scope="col">{t.audit.at}</th>
          <th scope="col">{t.audit.user}</th>
          <th scope="col">{t.audit.action}</th>
          {showTarget ? <th scope="col">{t.audit.target}</th> : null}
          <th scope="col">{t.audit.changes}</th>
          <th scope="col">{t.audit.reason}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-testid="audit-row" data-action={e.action} data-code={e.target?.code ?? ""}>
            <td style={noWrap} data-label={t.audit.at}>
              <time dateTime={e.at}>{formatAuditTime(e.at, locale)}</time>
            </td>
            <td data-label={t.audit.user}>{e.user?.displayName ?? <span className="muted">{t.audit.system}</span>}</td>
            <td style={noWrap} data-label={t.audit.action}>
              {auditActionLabel(e.action, t)}
            </td>
            {showTarget ? (
              <td className="cell-wide" data-label={t.audit.target}>
                {e.target ? (
                  <Link href={`/targets/${e.target.id}`}>
                    {e.target.code} {e.target.title}
                  </Link>
                ) : e.subject ? (
                  <span className="muted">{labelled(t.audit.subject, e.subject.displayName, t)}</span>
                ) : auditAbout(e) ? null : (
                  "—"
                )}
                <About entry={e} t={t} locale={locale} />
              </td>
            ) : null}
            <td data-testid="audit-changes" className="cell-wide" data-label={t.audit.changes}>
              {!showTarget ? <About entry={e} t={t} locale={locale} /> : null}
              <Changes entry={e} t={t} locale={locale} />
            </td>
            <td className="cell-wide" data-label={t.audit.reason}>
              {e.reason}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type EntryProps = { entry: AuditEntryFieldsFragment; t: Messages; locale: Locale };

/** The record the entry is about when its target does not say it: 考核：2013年上半年 · 半年点评, 事项：… */
function About({ entry, t, locale }: EntryProps) {
  const about = auditAbout(entry);
  if (!about) return null;
  return (
    <div className="muted" data-testid="audit-about">
      {auditAboutText(about, t, locale)}
    </div>
  );
}

function Changes({ entry, t, locale }: EntryProps) {
  const lines = auditLines(entry, t, locale);
  if (lines.length === 0) return <span className="muted">{t.audit.noChanges}</span>;
  return (
    <ul style={changeList}>
      {lines.map((line) => (
        <li key={line.field} data-field={line.field} data-kind={line.kind}>
          <Line line={line} t={t} />
        </li>
      ))}
    </ul>
  );
}
