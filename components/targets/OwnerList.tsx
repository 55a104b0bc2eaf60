import type { Messages } from "../../lib/i18n/messages";

/** "农社科、高新办", or 未指定 where the plan names no owner. */
export function OwnerList({ owners, t }: { owners: readonly { name: string }[]; t: Messages }) {
  if (owners.length === 0) return <span className="unassigned">{t.unassigned}</span>;
  return <>{owners.map((o) => o.name).join("、")}</>;
}
