import Link from "next/link";
import { graphql } from "../../../../graphql/generated/client";
import { runOperation } from "../../../../graphql/execute";
import { CompletionTrend } from "../../../../components/plan-admin/CompletionTrend";
import { StatusBadge } from "../../../../components/targets/StatusBadge";
import { formatNumber, formatPercent } from "../../../../lib/i18n/format";
import { requirePageContext } from "../../../_lib/request-context";
import { labelled } from "../../../../lib/i18n/punctuation";

const PlanHistoryQuery = graphql(`
  query PlanHistoryPage($planId: ID!) {
    planHistory(planId: $planId) {
      plan {
        id
        year
        title
        unitName
        viewerCanEdit
      }
      years
      targets {
        lineageKey
        code
        title
        kind
        measureUnit
        results {
          year
          planId
          targetId
          code
          targetValue
          measureUnit
          value
          ratio
          status
        }
      }
    }
  }
`);

/** 历年对比: each target of the plan with its year-end value, completion and status in every year. */
export default async function PlanYearsPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { user, t, locale } = await requirePageContext(`/plans/${planId}/years`);
  const { planHistory: h } = await runOperation(PlanHistoryQuery, { planId }, user);
  const p = t.plans;
  const valueText = (v: number | null | undefined, unit: string | null | undefined) =>
    v == null ? "—" : `${formatNumber(v, locale)}${unit ?? ""}`;
  // a growth target's value is the figure itself (firms, 亿元), its target the required growth in %
  const targetText = (v: number | null | undefined, unit: string | null | undefined, kind: string) =>
    v == null ? "—" : kind === "GROWTH_PCT" ? `+${formatNumber(v, locale)}%` : valueText(v, unit);
  return (
    <>
      <h1>{labelled(p.yearsTitle, h.plan.title, t)}</h1>
      <p className="subtitle">
        {h.plan.unitName} · {p.yearsIntro}
      </p>
      <p className="no-print plan-links">
        <Link href={`/plans/${h.plan.id}`}>{p.backToDashboard}</Link>
        {h.plan.viewerCanEdit ? (
          <Link href={`/plans/${h.plan.id}/edit`} data-testid="edit-plan-link">
            {p.editLink}
          </Link>
        ) : null}
      </p>
      {h.years.length < 2 ? <p className="warning-note">{p.onlyOneYear}</p> : null}
      <table className="data compact" data-testid="years-table">
        <thead>
          <tr>
            <th scope="col">{p.code}</th>
            <th scope="col">{p.name}</th>
            {h.years.map((y) => (
              <th scope="col" key={y} className={y === h.plan.year ? "current-year" : undefined}>
                {y}
              </th>
            ))}
            <th scope="col">{p.trend}</th>
          </tr>
        </thead>
        <tbody>
          {h.targets.map((target) => (
            <tr key={target.lineageKey} data-testid="years-row" data-code={target.code}>
              <td>{target.code}</td>
              <td>{target.title}</td>
              {h.years.map((y) => {
                const r = target.results.find((x) => x.year === y);
                return (
                  <td key={y} className={y === h.plan.year ? "current-year" : undefined} data-year={y}>
                    {r ? (
                      <>
                        <div>
                          <Link href={`/targets/${r.targetId}?asOf=${y}-12-31`}>{valueText(r.value, r.measureUnit)}</Link>
                          <span className="muted small"> / {targetText(r.targetValue, r.measureUnit, target.kind)}</span>
                        </div>
                        <div className="small">
                          {formatPercent(r.ratio, locale)} <StatusBadge status={r.status} t={t} />
                        </div>
                        {r.code !== target.code ? <div className="muted small">{r.code}</div> : null}
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                );
              })}
              <td>
                <CompletionTrend
                  label={`${target.code} ${p.trend}`}
                  data={target.results.map((r) => ({ year: r.year, ratio: r.ratio ?? null }))}
                  locale={locale}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
