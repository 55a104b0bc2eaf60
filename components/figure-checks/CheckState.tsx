import type { Messages } from "../../lib/i18n/messages";
import { fill } from "../../lib/i18n/format";

/**
 * Where a report or item stands with 数据审核, beside it on the target page: 待审核 (does not count yet) or 已退回
 * with the 考核组's reason and what the section does next. Nothing for an accepted one — that is the normal case.
 */
export function CheckState({
  checkStatus,
  checkNote,
  kind,
  t,
}: {
  checkStatus: string;
  checkNote?: string | null;
  kind: "ENTRY" | "ITEM";
  t: Messages;
}) {
  const c = t.checks;
  if (checkStatus === "PENDING") {
    return (
      <div className="check-state" data-testid="check-state" data-check={checkStatus}>
        <span className="badge status-BEHIND">{c.status.PENDING}</span> <span className="muted small">{c.entryPending}</span>
      </div>
    );
  }
  if (checkStatus !== "RETURNED") return null;
  return (
    <div className="check-state" data-testid="check-state" data-check={checkStatus} role="note">
      <span className="badge status-OVERDUE">{c.status.RETURNED}</span>{" "}
      <span data-testid="check-note">{fill(c.entryReturned, { reason: checkNote ?? "" })}</span>
      <div className="muted small">{kind === "ENTRY" ? c.resubmitHint : c.itemResubmitHint}</div>
    </div>
  );
}
