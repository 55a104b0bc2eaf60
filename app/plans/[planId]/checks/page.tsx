import Link from "next/link";
import { FigureCheckCard } from "../../../../components/figure-checks/FigureCheckCard";
import { FigureChecksSwitch } from "../../../../components/figure-checks/FigureChecksSwitch";
import { graphql } from "../../../../graphql/generated/client";
import { runOperation } from "../../../../graphql/execute";
import { fill } from "../../../../lib/i18n/format";
import { requirePageContext } from "../../../_lib/request-context";

const FigureChecksQuery = graphql(`
  query FigureChecksPage($planId: ID!) {
    figureChecks(planId: $planId) {
      plan {
        id
        title
        unitName
        viewerCanAssess
      }
      enabled
      viewerCanConfigure
      pending {
        ...FigureCheckFields
      }
      returned {
        ...FigureCheckFields
      }
    }
  }
`);

/**
 * 数据审核: the reports and items waiting for the 考核组, oldest first, each with the figure standing beside it and
 * its evidence, to accept or return; then those returned that their sections still owe. Administrators turn
 * checking on or off here.
 */
export default async function FigureChecksPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { user, t, locale } = await requirePageContext(`/plans/${planId}/checks`);
  const { figureChecks: q } = await runOperation(FigureChecksQuery, { planId }, user);
  const c = t.checks;
  return (
    <div className="checks-page">
      <p className="no-print plan-links">
        <Link href={`/plans/${q.plan.id}`}>← {q.plan.title}</Link>
      </p>
      <h1>{c.title}</h1>
      <p className="subtitle">
        {q.plan.unitName} · {q.plan.title}
      </p>
      <p className="muted small intro">{c.intro}</p>
      <p data-testid="checks-state" data-enabled={q.enabled}>
        <strong>{q.enabled ? c.enabledState : c.disabledState}</strong>
      </p>
      {q.viewerCanConfigure ? <FigureChecksSwitch planId={q.plan.id} enabled={q.enabled} t={t} /> : null}
      {q.plan.viewerCanAssess ? null : (
        <p className="muted" role="note">
          {c.readOnly}
        </p>
      )}

      <section aria-labelledby="pending-title" data-testid="checks-pending">
        <h2 id="pending-title">{fill(c.pendingTitle, { count: q.pending.length })}</h2>
        {q.pending.length === 0 ? <p className="muted">{c.pendingEmpty}</p> : null}
        {q.pending.map((row) => (
          <FigureCheckCard key={row.id} row={row} assessor={q.plan.viewerCanAssess} t={t} locale={locale} />
        ))}
      </section>

      <section aria-labelledby="returned-title" data-testid="checks-returned">
        <h2 id="returned-title">{fill(c.returnedTitle, { count: q.returned.length })}</h2>
        {q.returned.length === 0 ? <p className="muted">{c.returnedEmpty}</p> : null}
        {q.returned.map((row) => (
          <FigureCheckCard key={row.id} row={row} assessor={q.plan.viewerCanAssess} t={t} locale={locale} />
        ))}
      </section>
    </div>
  );
}
