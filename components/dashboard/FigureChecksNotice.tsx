import Link from "next/link";
import { fill } from "../../lib/i18n/format";
import type { Messages } from "../../lib/i18n/messages";

/**
 * 数据审核 on the dashboard: how many reports wait for the 考核组 (and do not count yet) and how many wait for their
 * sections, a link to the queue, and the switch between the checked figures and the figures as reported.
 */
export function FigureChecksNotice({
  planId,
  asOf,
  checks,
  asReported,
  t,
}: {
  planId: string;
  asOf: string;
  checks: { pending: number; returned: number };
  asReported: boolean;
  t: Messages;
}) {
  const c = t.checks;
  if (checks.pending === 0 && checks.returned === 0 && !asReported) return null;
  const view = asReported ? `/plans/${planId}?asOf=${asOf}` : `/plans/${planId}?asOf=${asOf}&asReported=1`;
  return (
    <div className="warning-note" role="note" data-testid="checks-notice" data-pending={checks.pending} data-returned={checks.returned}>
      <p>
        {checks.pending > 0 ? <strong>{fill(c.dashboardPending, { count: checks.pending })}</strong> : null}{" "}
        {checks.returned > 0 ? <span>{fill(c.dashboardReturned, { count: checks.returned })}</span> : null}
      </p>
      {asReported ? (
        <p className="muted small" data-testid="as-reported-note">
          {c.asReportedNote}
        </p>
      ) : null}
      <p className="no-print">
        <Link href={`/plans/${planId}/checks`}>{c.dashboardOpen}</Link>
        {" · "}
        <Link href={view} data-testid="as-reported-toggle">
          {asReported ? c.showAsChecked : c.showAsReported}
        </Link>
      </p>
    </div>
  );
}
