import type { Messages } from "../../lib/i18n/messages";
import { listSeparator } from "../../lib/i18n/punctuation";

/** "农社科、高新办", or 未指定 where the plan names no owner. */
/**
 * The owning sections; a section the bureau assigned to a target the plan left without one is marked 局指定, so the
 * plan's own assignment and the bureau's decision are told apart.
 */
export function OwnerList({
  owners,
  assignedIds = [],
  t,
}: {
  owners: readonly { id?: string | null; name: string }[];
  assignedIds?: readonly string[];
  t: Messages;
}) {
  if (owners.length === 0) return <span className="unassigned">{t.unassigned}</span>;
  const assigned = new Set(assignedIds);
  return (
    <>
      {owners.map((o, i) => (
        <span key={o.id ?? o.name} data-assigned={o.id && assigned.has(o.id) ? "bureau" : "plan"}>
          {i > 0 ? listSeparator(t) : ""}
          {o.name}
          {o.id && assigned.has(o.id) ? <span className="muted">{t.owners.assignedMark}</span> : null}
        </span>
      ))}
    </>
  );
}
