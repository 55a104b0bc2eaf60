import { fill, formatNumber } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import type { TargetStatus } from "../../graphql/generated/client/graphql";
import { StatusBadge } from "./StatusBadge";

const ORDER: TargetStatus[] = ["NOT_STARTED", "ON_TRACK", "BEHIND", "OVERDUE", "DONE", "INACTIVE"];

/**
 * 状态说明: what each status means and the tolerance behind it — the plan's margin (behindMargin, a share: 0.1 is
 * 10 points), colour thresholds, caps — one click away wherever statuses are shown (lib/domain/status.ts).
 */
export function StatusLegend({ behindMargin, t, locale }: { behindMargin: number; t: Messages; locale: Locale }) {
  const m = t.statusRules;
  const margin = formatNumber(behindMargin * 100, locale, 1);
  return (
    <details className="status-legend no-print" data-testid="status-legend">
      <summary>{m.legendTitle}</summary>
      <p className="small">{m.legendIntro}</p>
      <dl className="small">
        {ORDER.map((s) => (
          <div key={s} data-status={s}>
            <dt>
              <StatusBadge status={s} t={t} />
            </dt>
            <dd>{fill(m[s], { margin })}</dd>
          </div>
        ))}
      </dl>
      <p className="small">{m.thresholds}</p>
      <p className="small">{m.cap}</p>
    </details>
  );
}
