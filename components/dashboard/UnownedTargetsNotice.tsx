import Link from "next/link";
import { unownedTargets } from "../../lib/domain/owner-assignment";
import { fill, formatNumber } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";

interface Row {
  target: { id: string; code: string; title: string; points: number; applicability: string; owners: readonly unknown[] };
}

/** 无人填报: the active targets no section may report (the plan names none and the bureau assigned none), with their points. */
export function UnownedTargetsNotice({ rows, t, locale }: { rows: readonly Row[]; t: Messages; locale: Locale }) {
  const { targets, points } = unownedTargets(rows.map((r) => r.target));
  if (targets.length === 0) return null;
  return (
    <div className="warning-note" role="note" data-testid="unowned-targets" style={{ margin: "12px 0" }} data-count={targets.length}>
      <p>
        <strong>{fill(t.owners.unowned, { count: String(targets.length), points: formatNumber(points, locale) })}</strong>{" "}
        <span className="muted">{t.owners.unownedHint}</span>
      </p>
      <ul style={{ margin: "4px 0 0", paddingLeft: 20 }}>
        {targets.map((x) => (
          <li key={x.id}>
            <Link href={`/targets/${x.id}`}>
              {x.code} {x.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
