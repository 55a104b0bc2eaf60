import { fill, formatNumber, formatPercent } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import type { SummaryFieldsFragment } from "../../graphql/generated/client/graphql";

export function PlanSummaryCards({ summary, t, locale }: { summary: SummaryFieldsFragment; t: Messages; locale: Locale }) {
  return (
    <div className="cards" role="list" aria-label={t.dashboard.overall}>
      <div className="card" role="listitem">
        <div className="label">{t.dashboard.overall}</div>
        <div className="value" data-testid="overall-completion">
          {formatPercent(summary.completion, locale)}
        </div>
        <div className="muted">
          {summary.count} {t.dashboard.targetsCount} · {fill(t.pointsN, { points: formatNumber(summary.totalPoints, locale) })}
        </div>
      </div>
      {summary.byStatus.map((s) => (
        <div className="card" role="listitem" key={s.status} data-testid={`status-card-${s.status}`}>
          <div className="label">
            <span className={`badge status-${s.status}`}>{t.status[s.status]}</span>
          </div>
          <div className="value">{s.count}</div>
          <div className="muted">{fill(t.pointsN, { points: formatNumber(s.points, locale) })}</div>
        </div>
      ))}
    </div>
  );
}
