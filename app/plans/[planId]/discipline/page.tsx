import Link from "next/link";
import { graphql } from "../../../../graphql/generated/client";
import { runOperation } from "../../../../graphql/execute";
import { AsOfPicker } from "../../../../components/dashboard/AsOfPicker";
import { DisciplineRateChart } from "../../../../components/charts/DisciplineRateChart";
import { DisciplineGrid, formatDayInYear, rateBand } from "../../../../components/discipline/DisciplineGrid";
import { DisciplineProblemList } from "../../../../components/discipline/DisciplineProblemList";
import { reportDueDay } from "../../../../lib/domain";
import { fill, formatDate, formatMonth, formatPercent } from "../../../../lib/i18n/format";
import { requirePageContext } from "../../../_lib/request-context";
import { labelled } from "../../../../lib/i18n/punctuation";

const ReportingDisciplineQuery = graphql(`
  query ReportingDisciplinePage($planId: ID!, $asOf: Date) {
    reportingDiscipline(planId: $planId, asOf: $asOf) {
      asOf
      plan {
        id
        year
        title
        unitName
        reportDueDays
        lockAfterDays
      }
      rates {
        ...DisciplineRateFields
      }
      months {
        month
        dueDay
        rates {
          ...DisciplineRateFields
        }
      }
      sections {
        section {
          id
          name
        }
        rates {
          ...DisciplineRateFields
        }
        months {
          month
          rates {
            ...DisciplineRateFields
          }
        }
        cells {
          targetId
          code
          title
          month
          status
          enteredOn
          dueDay
        }
      }
    }
  }
`);

/** 报送纪律: who reported on time, late or not at all, bureau-wide, by month and by section, as of a day. */
export default async function DisciplinePage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<{ asOf?: string }>;
}) {
  const { planId } = await params;
  const { asOf } = await searchParams;
  const { user, t, locale } = await requirePageContext(`/plans/${planId}/discipline`);
  const { reportingDiscipline: r } = await runOperation(ReportingDisciplineQuery, { planId, asOf: asOf || null }, user);
  const d = t.discipline;
  const { year } = r.plan;
  // December's updates fall due in January: the picker reaches that far (or today, when later).
  const lastDue = reportDueDay(year, 12, r.plan.reportDueDays);
  const maxDay = r.asOf > lastDue ? r.asOf : lastDue;
  const monthName = (m: number) => formatMonth(m, locale);
  const byMonth = new Map(r.months.map((m) => [m.month, m]));
  const chartData = Array.from({ length: 12 }, (_, i) => {
    const m = byMonth.get(i + 1);
    return { month: i + 1, label: monthName(i + 1), completeness: m?.rates.completeness ?? null, onTimeRate: m?.rates.onTimeRate ?? null };
  });
  const due = r.rates.due;
  return (
    <div className="discipline-page">
      <div className="print-only print-header" data-testid="print-header">
        <strong>
          {r.plan.title} · {d.title}
        </strong>
        <span>{formatDate(r.asOf, locale)}</span>
      </div>
      <p className="no-print plan-links">
        <Link href={`/plans/${r.plan.id}?asOf=${r.asOf <= `${year}-12-31` ? r.asOf : `${year}-12-31`}`}>← {r.plan.title}</Link>
        <Link href={`/plans/${r.plan.id}/locks`} data-testid="locks-link">
          {t.locks.link}
        </Link>
      </p>
      <h1>{d.title}</h1>
      <p className="subtitle">
        {r.plan.unitName} · {r.plan.title} · {t.dashboard.asOf} {formatDate(r.asOf, locale)}
      </p>
      <p className="muted small intro">{fill(d.intro, { dueDays: r.plan.reportDueDays })}</p>
      <div className="no-print">
        <AsOfPicker year={year} asOf={r.asOf} min={`${year}-01-01`} max={maxDay} t={t} />
      </div>

      <div className="cards discipline-cards" role="list" aria-label={d.title}>
        <div className="card" role="listitem" data-testid="card-completeness" data-value={r.rates.completeness ?? ""}>
          <div className="label">{d.completeness}</div>
          <div className="value">{formatPercent(r.rates.completeness, locale)}</div>
          <div className="muted small">{labelled(d.completenessHint, `${r.rates.onTime + r.rates.late} / ${due}`, t)}</div>
        </div>
        <div className="card" role="listitem" data-testid="card-on-time" data-value={r.rates.onTimeRate ?? ""}>
          <div className="label">{d.onTimeRate}</div>
          <div className="value">{formatPercent(r.rates.onTimeRate, locale)}</div>
          <div className="muted small">{labelled(d.onTimeHint, `${r.rates.onTime} / ${due}`, t)}</div>
        </div>
        <div className="card" role="listitem" data-testid="card-counts">
          <div className="label">{d.owed}</div>
          <div className="value">{r.rates.owed}</div>
          <div className="muted small">
            {fill(d.counts, { onTime: r.rates.onTime, late: r.rates.late, missing: r.rates.missing, pending: r.rates.pending })}
          </div>
        </div>
      </div>

      <div className="grid-2">
        <section className="panel" aria-labelledby="rate-chart">
          <h2 id="rate-chart">{d.chartTitle}</h2>
          <DisciplineRateChart data={chartData} labels={{ completeness: d.completeness, onTimeRate: d.onTimeRate }} locale={locale} />
        </section>
        <section className="panel phone-scroll" aria-labelledby="month-table">
          <h2 id="month-table">{d.monthTable}</h2>
          <table className="data compact" data-testid="month-table">
            <thead>
              <tr>
                <th scope="col">{d.month}</th>
                <th scope="col">{d.dueDay}</th>
                <th scope="col" className="num">
                  {d.owed}
                </th>
                <th scope="col" className="num">
                  {d.onTime}
                </th>
                <th scope="col" className="num">
                  {d.late}
                </th>
                <th scope="col" className="num">
                  {d.missing}
                </th>
                <th scope="col" className="num">
                  {d.pending}
                </th>
                <th scope="col" className="num">
                  {d.completeness}
                </th>
                <th scope="col" className="num">
                  {d.onTimeRate}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.months.map((m) => (
                <tr key={m.month} data-testid="month-row" data-month={m.month} data-rate={m.rates.onTimeRate ?? ""}>
                  <th scope="row">{monthName(m.month)}</th>
                  <td className="nowrap">{formatDayInYear(m.dueDay, year, locale)}</td>
                  <td className="num">{m.rates.owed}</td>
                  <td className="num">{m.rates.onTime}</td>
                  <td className="num">{m.rates.late}</td>
                  <td className="num">{m.rates.missing}</td>
                  <td className="num">{m.rates.pending}</td>
                  <td className="num">{formatPercent(m.rates.completeness, locale)}</td>
                  <td className={`num ${rateBand(m.rates.onTimeRate)}`} data-testid="month-on-time">
                    {formatPercent(m.rates.onTimeRate, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <h2 id="grid">{d.gridTitle}</h2>
      <p className="muted small">{d.gridHint}</p>
      <DisciplineGrid
        rows={r.sections.map((s) => ({ key: s.section.id, name: s.section.name, rates: s.rates, months: s.months }))}
        bureau={{ key: "bureau", name: d.bureau, rates: r.rates, months: r.months }}
        t={t}
        locale={locale}
      />

      <h2 id="problems">{d.problemsTitle}</h2>
      <div className="grid-2 discipline-problem-grid">
        {r.sections.map((s) => (
          <DisciplineProblemList
            key={s.section.id}
            sectionId={s.section.id}
            sectionName={s.section.name}
            cells={s.cells}
            asOf={r.asOf}
            year={year}
            t={t}
            locale={locale}
          />
        ))}
      </div>
    </div>
  );
}
