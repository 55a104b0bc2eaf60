import Link from "next/link";
import { fill, formatDate, formatMonth, formatPercent } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import type { Rates } from "./DisciplineGrid";

interface MonthRates {
  month: number;
  dueDay: string;
  rates: Rates;
}

/** 总览's 报送纪律 cards: the latest month's on-time rate and the year so far, linking to the full page. */
export function OnTimeRateCards({
  planId,
  asOf,
  latest,
  rates,
  t,
  locale,
}: {
  planId: string;
  asOf: string;
  /** the month to headline (ReportingDiscipline.latestMonth) */
  latest: MonthRates | null;
  rates: Rates;
  t: Messages;
  locale: Locale;
}) {
  const d = t.discipline;
  const href = `/plans/${planId}/discipline?asOf=${asOf}`;
  return (
    <div className="cards discipline-summary" role="list" aria-label={d.title}>
      <div
        className="card"
        role="listitem"
        data-testid="on-time-card"
        data-month={latest?.month ?? ""}
        data-rate={latest?.rates.onTimeRate ?? ""}
      >
        <div className="label">{latest ? fill(d.latestCard, { month: formatMonth(latest.month, locale, "long") }) : d.onTimeRate}</div>
        <div className="value" data-testid="on-time-rate">
          {formatPercent(latest?.rates.onTimeRate, locale)}
        </div>
        <div className="muted small">
          {latest ? fill(d.latestHint, { due: String(latest.rates.due), date: formatDate(asOf, locale) }) : d.noneDue}
        </div>
      </div>
      <div className="card" role="listitem" data-testid="year-on-time-card" data-rate={rates.onTimeRate ?? ""}>
        <div className="label">{d.yearOnTime}</div>
        <div className="value">{formatPercent(rates.onTimeRate, locale)}</div>
        <div className="muted small">
          {d.completeness} {formatPercent(rates.completeness, locale)} ·{" "}
          <Link href={href} data-testid="discipline-card-link">
            {d.open}
          </Link>
        </div>
      </div>
    </div>
  );
}
