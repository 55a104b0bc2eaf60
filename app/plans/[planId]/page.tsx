import Link from "next/link";
import { graphql } from "../../../graphql/generated/client";
import { runOperation } from "../../../graphql/execute";
import { AsOfPicker } from "../../../components/dashboard/AsOfPicker";
import { PlanSummaryCards } from "../../../components/dashboard/PlanSummaryCards";
import { FigureChecksNotice } from "../../../components/dashboard/FigureChecksNotice";
import { UnownedTargetsNotice } from "../../../components/dashboard/UnownedTargetsNotice";
import { CompletionBarChart } from "../../../components/charts/CompletionBarChart";
import { PointsByStatusChart } from "../../../components/charts/PointsByStatusChart";
import { TargetTable } from "../../../components/targets/TargetTable";
import { StatusLegend } from "../../../components/targets/StatusLegend";
import { OnTimeRateCards } from "../../../components/discipline/OnTimeRateCards";
import { requirePageContext } from "../../_lib/request-context";
import { fill } from "../../../lib/i18n/format";
import { aside } from "../../../lib/i18n/punctuation";

const DashboardQuery = graphql(`
  query PlanDashboard($planId: ID!, $asOf: Date, $asReported: Boolean) {
    planDashboard(planId: $planId, asOf: $asOf, asReported: $asReported) {
      asOf
      asReported
      checks {
        pending
        returned
      }
      plan {
        id
        year
        title
        unitName
        source
        totalPoints
        viewerCanEdit
        behindMargin
      }
      summary {
        ...SummaryFields
      }
      areas {
        id
        code
        name
        category
        points
        summary {
          ...SummaryFields
        }
      }
      sections {
        section {
          id
          name
        }
        summary {
          ...SummaryFields
        }
      }
      targets {
        ...TargetRowFields
      }
    }
  }
`);

// 报送纪律 as of the dashboard's own date (the same query as the discipline page).
const DashboardDisciplineQuery = graphql(`
  query DashboardDiscipline($planId: ID!, $asOf: Date) {
    reportingDiscipline(planId: $planId, asOf: $asOf) {
      asOf
      rates {
        ...DisciplineRateFields
      }
      latestMonth {
        month
        dueDay
        rates {
          ...DisciplineRateFields
        }
      }
    }
  }
`);

export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<{ asOf?: string; asReported?: string }>;
}) {
  const { planId } = await params;
  const { asOf, asReported } = await searchParams;
  const { user, t, locale } = await requirePageContext(`/plans/${planId}`);
  const { planDashboard: d } = await runOperation(DashboardQuery, { planId, asOf: asOf || null, asReported: asReported === "1" }, user);
  const { reportingDiscipline: discipline } = await runOperation(DashboardDisciplineQuery, { planId, asOf: d.asOf }, user);
  return (
    <>
      <h1>{d.plan.title}</h1>
      <p className="subtitle">
        {d.plan.unitName} · {d.plan.source}
      </p>
      <p className="no-print plan-links">
        <Link href={`/plans/${d.plan.id}/reviews`} data-testid="reviews-link">
          {t.review.navLink}
        </Link>
        {" · "}
        <Link href={`/plans/${d.plan.id}/scores`} data-testid="score-sheet-link">
          {t.score.link}
        </Link>
        {" · "}
        <Link href={`/plans/${d.plan.id}/years`} data-testid="years-link">
          {t.plans.yearsLink}
        </Link>
        {" · "}
        <Link href={`/plans/${d.plan.id}/rollup?asOf=${d.asOf}`} data-testid="rollup-link">
          {t.plans.rollupLink}
        </Link>
        {" · "}
        <Link href={`/plans/${d.plan.id}/discipline?asOf=${d.asOf}`} data-testid="discipline-link">
          {t.discipline.link}
        </Link>
        {" · "}
        <Link href={`/plans/${d.plan.id}/locks`} data-testid="locks-link">
          {t.locks.link}
        </Link>
        {" · "}
        <Link href={`/plans/${d.plan.id}/checks`} data-testid="checks-link">
          {t.checks.link}
        </Link>
        {" · "}
        <Link href={`/plans/${d.plan.id}/document`} data-testid="plan-document-link">
          {t.planDocument.link}
        </Link>
        {" · "}
        <a href={`/api/plans/${d.plan.id}/document`} download data-testid="plan-document-docx-link">
          {t.planDocument.download}
        </a>
        {d.plan.viewerCanEdit ? (
          <>
            {" · "}
            <Link href={`/plans/${d.plan.id}/edit`} data-testid="edit-plan-link">
              {t.plans.editLink}
            </Link>
          </>
        ) : null}
      </p>
      <AsOfPicker year={d.plan.year} asOf={d.asOf} t={t} />
      <PlanSummaryCards summary={d.summary} t={t} locale={locale} />
      <UnownedTargetsNotice rows={d.targets} t={t} locale={locale} />
      <FigureChecksNotice planId={d.plan.id} asOf={d.asOf} checks={d.checks} asReported={d.asReported} t={t} />
      <OnTimeRateCards
        planId={d.plan.id}
        asOf={d.asOf}
        latest={discipline.latestMonth ?? null}
        rates={discipline.rates}
        t={t}
        locale={locale}
      />
      <div className="grid-2">
        <section className="panel" aria-labelledby="by-area">
          <h2 id="by-area">{t.dashboard.byArea}</h2>
          <CompletionBarChart
            id="area-chart"
            label={t.dashboard.completion}
            data={d.areas.map((a) => ({
              name: `${a.name}${aside(fill(t.pointsN, { points: a.points }), locale)}`,
              completion: a.summary.completion,
            }))}
            locale={locale}
          />
        </section>
        <section className="panel" aria-labelledby="by-section">
          <h2 id="by-section">{t.dashboard.bySection}</h2>
          <CompletionBarChart
            id="section-chart"
            label={t.dashboard.completion}
            data={d.sections.map((s) => ({ name: s.section?.name ?? t.unassigned, completion: s.summary.completion }))}
            locale={locale}
          />
          <ul className="section-links" aria-label={t.nav.sections}>
            {d.sections.map((s) =>
              s.section ? (
                <li key={s.section.id}>
                  <Link href={`/sections/${s.section.id}?planId=${d.plan.id}&asOf=${d.asOf}`}>
                    {s.section.name}
                    {aside(s.summary.count, locale)}
                  </Link>
                </li>
              ) : null,
            )}
          </ul>
        </section>
        <section className="panel" aria-labelledby="points-status">
          <h2 id="points-status">{t.dashboard.pointsByStatus}</h2>
          <PointsByStatusChart
            data={d.summary.byStatus.map((s) => ({ status: s.status, label: t.status[s.status], points: s.points, count: s.count }))}
            locale={locale}
          />
        </section>
      </div>
      <h2>
        {t.dashboard.targets}
        {aside(`${d.targets.length} ${t.dashboard.targetsCount}`, locale)}
      </h2>
      <StatusLegend behindMargin={d.plan.behindMargin} t={t} locale={locale} />
      <TargetTable rows={d.targets} areas={d.areas} asOf={d.asOf} t={t} locale={locale} />
    </>
  );
}
