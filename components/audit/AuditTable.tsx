import Link from "next/link";
import type { AuditEntryFieldsFragment } from "../../graphql/generated/client/graphql";
import { auditActionLabel, auditFieldLabel, auditValueLabel, formatAuditTime } from "../../lib/i18n/audit";
import type { Locale, Messages } from "../../lib/i18n/messages";

const changeList = { margin: 0, paddingLeft: 16 } as const;
const noWrap = { whiteSpace: "nowrap" } as const;

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
    <table className="data" data-testid="audit-table">
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
            <td style={noWrap}>
              <time dateTime={e.at}>{formatAuditTime(e.at, locale)}</time>
            </td>
            <td>{e.user?.displayName ?? <span className="muted">{t.audit.system}</span>}</td>
            <td style={noWrap}>{auditActionLabel(e.action, t)}</td>
            {showTarget ? (
              <td>
                {e.target ? (
                  <Link href={`/targets/${e.target.id}`}>
                    {e.target.code} {e.target.title}
                  </Link>
                ) : e.subject ? (
                  <span className="muted">
                    {t.audit.subject}：{e.subject.displayName}
                  </span>
                ) : (
                  "—"
                )}
              </td>
            ) : null}
            <td data-testid="audit-changes">
              {e.changes.length > 0 ? (
                <ul style={changeList}>
                  {e.changes.map((c) => (
                    <li key={c.field} data-field={c.field}>
                      {auditFieldLabel(c.field, t)}：<span className="muted">{auditValueLabel(c.field, c.before, t)}</span> →{" "}
                      <strong>{auditValueLabel(c.field, c.after, t)}</strong>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="muted">{t.audit.noChanges}</span>
              )}
            </td>
            <td>{e.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
