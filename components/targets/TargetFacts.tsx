import { formatDate, formatNumber, formatPercent } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import type { TargetRowFieldsFragment } from "../../graphql/generated/client/graphql";
import { CompletionBar } from "./CompletionBar";
import { OwnerList } from "./OwnerList";
import { StatusBadge } from "./StatusBadge";
import { statusHint } from "./status-hint";
import { latestValueText, targetValueText, windowText } from "./target-format";
import { aside } from "../../lib/i18n/punctuation";

type Progress = TargetRowFieldsFragment & { target: { baselineSource?: string | null; remarks?: string | null } };

export function TargetFacts({ progress: p, t, locale }: { progress: Progress; t: Messages; locale: Locale }) {
  const target = p.target;
  return (
    <dl className="facts" data-testid="target-facts">
      <dt>{t.target.wording}</dt>
      <dd>{target.wording}</dd>
      <dt>{t.target.kind}</dt>
      <dd>{t.kind[target.kind]}</dd>
      <dt>{t.table.owner}</dt>
      <dd>
        <OwnerList owners={target.owners} assignedIds={target.assignedOwnerIds} t={t} />
      </dd>
      <dt>{t.table.window}</dt>
      <dd>
        {windowText(target, t, locale)}
        {target.windowText ? <span className="muted">{aside(target.windowText, t)}</span> : null}
      </dd>
      <dt>{t.table.targetValue}</dt>
      <dd>{targetValueText(target, t, locale)}</dd>
      {target.kind === "GROWTH_PCT" ? (
        <>
          <dt>{t.target.baseline}</dt>
          <dd>
            {target.baselineValue == null ? "—" : `${formatNumber(target.baselineValue, locale)} ${target.measureUnit ?? ""}`}
            {target.baselineSource ? <span className="muted">{aside(target.baselineSource, t)}</span> : null}
          </dd>
        </>
      ) : null}
      <dt>{t.table.latest}</dt>
      <dd data-testid="latest-value">
        {latestValueText(target, p.value, p.growthPercent, t, locale)}
        {p.reportedFor ? <span className="muted">{aside(formatDate(p.reportedFor, locale), t)}</span> : null}
      </dd>
      <dt>{t.table.completion}</dt>
      <dd data-testid="completion">
        <CompletionBar ratio={p.ratio} locale={locale} />
      </dd>
      <dt>{t.dashboard.expected}</dt>
      <dd>{formatPercent(p.expectedRatio, locale)}</dd>
      <dt>{t.table.status}</dt>
      <dd data-testid="status">
        <StatusBadge status={p.status} band={p.band} hint={statusHint(p, t, locale)} t={t} />
        <div className="muted small" data-testid="status-rule">
          {statusHint(p, t, locale)}
        </div>
      </dd>
      <dt>{t.table.forecast}</dt>
      <dd>{p.forecast ? latestValueText(target, p.forecast.value, null, t, locale) : "—"}</dd>
      <dt>{t.table.points}</dt>
      <dd>{formatNumber(target.points, locale)}</dd>
      {target.remarks ? (
        <>
          <dt>{t.target.remarks}</dt>
          <dd>{target.remarks}</dd>
        </>
      ) : null}
    </dl>
  );
}
