import Link from "next/link";
import { graphql } from "../../../../graphql/generated/client";
import type { ReviewKind } from "../../../../graphql/generated/client/graphql";
import { runOperation } from "../../../../graphql/execute";
import { OpenReviewButton } from "../../../../components/reviews/OpenReviewButton";
import { periodLabel } from "../../../../components/reviews/review-format";
import { REVIEW_KINDS, reviewPeriodsOfYear } from "../../../../lib/domain";
import { formatDate } from "../../../../lib/i18n/format";
import { msg } from "../../../../lib/i18n/message-text";
import { renderMessage } from "../../../../lib/i18n/render-message";
import { requirePageContext } from "../../../_lib/request-context";
import { aside } from "../../../../lib/i18n/punctuation";

const PlanReviewsQuery = graphql(`
  query PlanReviews($planId: ID!) {
    plans {
      id
      year
      title
      unitId
      assessmentGroup
      viewerCanAssess
    }
    reviews(planId: $planId) {
      commentCount
      rectificationCount
      openRectificationCount
      review {
        id
        kind
        year
        periodIndex
        status
      }
    }
  }
`);

/** 考核: the four cadences with every period of the plan year; held reviews link, assessors open the rest. */
export default async function PlanReviewsPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { user, t, locale } = await requirePageContext(`/plans/${planId}/reviews`);
  const data = await runOperation(PlanReviewsQuery, { planId }, user);
  const plan = data.plans.find((p) => p.id === planId);
  if (!plan)
    return (
      <p className="error" role="alert">
        {renderMessage(msg("notFound", { what: msg("noun.plan") }), locale)}
      </p>
    );
  const canOpen = plan.viewerCanAssess;
  const held = new Map(data.reviews.map((r) => [`${r.review.kind}-${r.review.periodIndex}`, r]));
  return (
    <>
      <p className="no-print">
        <Link href={`/plans/${plan.id}`}>← {plan.title}</Link>
      </p>
      <h1>
        {t.review.title} · {plan.title}
      </h1>
      <p className="subtitle">{t.review.intro}</p>
      {plan.assessmentGroup ? <p className="muted plan-quote">{plan.assessmentGroup}</p> : null}
      <div className="grid-2">
        {REVIEW_KINDS.map((kind: ReviewKind) => (
          <section key={kind} className="panel" aria-labelledby={`kind-${kind}`} data-testid={`cadence-${kind}`}>
            <h2 id={`kind-${kind}`}>{t.review.kinds[kind]}</h2>
            <table className="data reflow reflow-tight">
              <thead>
                <tr>
                  <th scope="col">{t.review.period}</th>
                  <th scope="col">{t.review.periodEnd}</th>
                  <th scope="col">{t.review.status}</th>
                  <th scope="col" className="num">
                    {t.review.comments}
                  </th>
                  <th scope="col" className="num">
                    {t.review.rectifications}
                  </th>
                </tr>
              </thead>
              <tbody>
                {reviewPeriodsOfYear(kind, plan.year).map((p) => {
                  const item = held.get(`${kind}-${p.index}`);
                  const label = periodLabel(kind, p.year, p.index, locale);
                  return (
                    <tr
                      key={p.index}
                      data-testid="review-period"
                      data-kind={kind}
                      data-index={p.index}
                      data-status={item?.review.status ?? "NONE"}
                    >
                      <td className="cell-title">{item ? <Link href={`/reviews/${item.review.id}`}>{label}</Link> : label}</td>
                      <td data-label={t.review.periodEnd}>{formatDate(p.end, locale)}</td>
                      <td data-label={t.review.status}>
                        {item ? (
                          <span className={`badge review-${item.review.status}`}>
                            {item.review.status === "OPEN" ? t.review.statusOpen : t.review.statusClosed}
                          </span>
                        ) : canOpen ? (
                          <OpenReviewButton
                            planId={plan.id}
                            kind={kind}
                            year={p.year}
                            periodIndex={p.index}
                            name={`${label} ${t.review.kinds[kind]}`}
                            periodEnd={formatDate(p.end, locale)}
                            t={t}
                          />
                        ) : (
                          <span className="muted">{t.review.notHeld}</span>
                        )}
                      </td>
                      <td className="num" data-label={t.review.comments}>
                        {item ? item.commentCount : ""}
                      </td>
                      <td className="num" data-label={t.review.rectifications}>
                        {item
                          ? `${item.rectificationCount}${item.openRectificationCount ? aside(`${t.review.rectState.OPEN} ${item.openRectificationCount}`, t) : ""}`
                          : ""}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </>
  );
}
