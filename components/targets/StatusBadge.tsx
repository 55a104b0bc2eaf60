import type { Messages } from "../../lib/i18n/messages";
import type { TargetStatus } from "../../graphql/generated/client/graphql";

/** Colour plus the word itself, so the status never depends on colour alone. */
export function StatusBadge({ status, t }: { status: TargetStatus; t: Messages }) {
  return (
    <span className={`badge status-${status}`} data-status={status}>
      {t.status[status]}
    </span>
  );
}
