import { fill, formatDate, formatDayInMonth, formatMonth, formatPercent } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";

export interface Rates {
  owed: number;
  due: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  completeness?: number | null;
  onTimeRate?: number | null;
}

export interface GridRow {
  key: string;
  name: string;
  rates: Rates;
  months: { month: number; rates: Rates }[];
}

/** 2月5日 / Feb 5 within the plan year, the full date otherwise (December's updates fall due in January). */
export function formatDayInYear(iso: string, year: number, locale: Locale): string {
  if (Number(iso.slice(0, 4)) !== year) return formatDate(iso, locale);
  return formatDayInMonth(iso, locale);
}

/** Colour bands of the on-time rate; the figures are always written out, so colour is never the only cue. */
export function rateBand(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return "rate-none";
  if (rate >= 0.9) return "rate-good";
  if (rate >= 0.7) return "rate-fair";
  return "rate-poor";
}

function Cell({
  row,
  month,
  rates,
  t,
  locale,
}: {
  row: GridRow;
  month: number | null;
  rates: Rates | undefined;
  t: Messages;
  locale: Locale;
}) {
  const d = t.discipline;
  if (!rates || rates.owed === 0) {
    return (
      <td
        className="num discipline-cell rate-none"
        data-testid="grid-cell"
        data-section={row.name}
        data-month={month ?? "all"}
        data-owed={0}
      >
        <span aria-hidden="true">·</span>
      </td>
    );
  }
  const label = fill(d.cellLabel, {
    section: row.name,
    month: month === null ? d.whole : formatMonth(month, locale, "long"),
    onTime: rates.onTime,
    late: rates.late,
    missing: rates.missing,
    pending: rates.pending,
  });
  return (
    <td
      className={`num discipline-cell ${rateBand(rates.onTimeRate)}`}
      data-testid="grid-cell"
      data-section={row.name}
      data-month={month ?? "all"}
      data-owed={rates.owed}
      data-rate={rates.onTimeRate ?? ""}
      aria-label={label}
      title={label}
    >
      <span className="counts">
        {rates.onTime}/<span className={rates.late ? "late" : undefined}>{rates.late}</span>/
        <span className={rates.missing ? "missing" : undefined}>{rates.missing}</span>
      </span>
      <span className="rate" data-testid="cell-rate">
        {formatPercent(rates.onTimeRate, locale)}
      </span>
      {rates.pending ? (
        <span className="pending small">
          +{rates.pending} {d.pending}
        </span>
      ) : null}
    </td>
  );
}

/**
 * Sections down, months across: each cell the month's on-time / late / missing updates and its on-time
 * rate, the last column the year so far; the bureau-wide row (each target once) closes the table.
 */
export function DisciplineGrid({ rows, bureau, t, locale }: { rows: GridRow[]; bureau: GridRow; t: Messages; locale: Locale }) {
  const d = t.discipline;
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const line = (row: GridRow, total = false) => {
    const byMonth = new Map(row.months.map((m) => [m.month, m.rates]));
    return (
      <tr key={row.key} data-testid="grid-row" data-section={row.name} className={total ? "total-row" : undefined}>
        <th scope="row">{row.name}</th>
        {months.map((m) => (
          <Cell key={m} row={row} month={m} rates={byMonth.get(m)} t={t} locale={locale} />
        ))}
        <Cell row={row} month={null} rates={row.rates} t={t} locale={locale} />
      </tr>
    );
  };
  return (
    <div className="table-scroll">
      <table className="data discipline-grid" data-testid="discipline-grid">
        <caption className="visually-hidden">{d.gridTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{d.section}</th>
            {months.map((m) => (
              <th scope="col" className="num" key={m}>
                {formatMonth(m, locale)}
              </th>
            ))}
            <th scope="col" className="num">
              {d.whole}
            </th>
          </tr>
        </thead>
        <tbody>{rows.map((r) => line(r))}</tbody>
        <tfoot>{line(bureau, true)}</tfoot>
      </table>
    </div>
  );
}
