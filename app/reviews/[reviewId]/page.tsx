import { BulletinPanel } from "../../../components/bulletins/BulletinPanel";
import { graphql } from "../../../graphql/generated/client";
import { runOperation } from "../../../graphql/execute";
import { PlanSummaryCards } from "../../../components/dashboard/PlanSummaryCards";
import { DueAndLaggingLists } from "../../../components/reviews/DueAndLaggingLists";
import { RectificationList } from "../../../components/reviews/RectificationList";
import { ReviewComparison } from "../../../components/reviews/ReviewComparison";
import { ReviewDispatch } from "../../../components/reviews/ReviewDispatch";
import { ReviewHeader } from "../../../components/reviews/ReviewHeader";
import { ReviewPrintSummary } from "../../../components/reviews/ReviewPrintSummary";
import { ReviewSectionTable } from "../../../components/reviews/ReviewSectionTable";
import { ReviewTargetTable } from "../../../components/reviews/ReviewTargetTable";
import { StatusLegend } from "../../../components/targets/StatusLegend";
import { requirePageContext } from "../../_lib/request-context";

// One query; each part of the page declares what it shows (components/reviews/fragments.ts).
const ReviewDetail = graphql(`
  query ReviewDetail($id: ID!) {
    review(id: $id) {
      ...ReviewHeaderFields
      plan {
        behindMargin
      }
      viewerCanManage
      review {
        id
        kind
        year
        periodIndex
        periodStart
        periodEnd
        status
      }
      summary {
        ...SummaryFields
      }
      dispatch {
        ...ReviewDispatchFields
      }
      dueInPeriod {
        ...ReviewListRowFields
      }
      lagging {
        ...ReviewListRowFields
      }
      sections {
        ...ReviewSectionFields
      }
      rows {
        ...ReviewTargetRowFields
        ...RectificationTargetFields
      }
      comments {
        ...ReviewCommentFields
      }
      comparison {
        ...ReviewComparisonFields
      }
      rectifications {
        ...RectificationFields
      }
      newRectificationDeadline
    }
  }
`);

/** One review: the frozen snapshot with what it found, the comparison with the last one, comments and notices. */
export default async function ReviewPage({ params }: { params: Promise<{ reviewId: string }> }) {
  const { reviewId } = await params;
  const { user, t, locale } = await requirePageContext(`/reviews/${reviewId}`);
  const { review: d } = await runOperation(ReviewDetail, { id: reviewId }, user);
  const r = d.review;
  const canManage = d.viewerCanManage;
  const canWrite = canManage && r.status === "OPEN";
  return (
    <article className="review-page" data-kind={r.kind} data-status={r.status}>
      <ReviewHeader detail={d} t={t} locale={locale} />
      <ReviewPrintSummary summary={d.summary} kind={r.kind} periodEnd={r.periodEnd} t={t} locale={locale} />
      <PlanSummaryCards summary={d.summary} t={t} locale={locale} />
      {d.dispatch ? <ReviewDispatch dispatch={d.dispatch} t={t} locale={locale} /> : null}
      <DueAndLaggingLists due={d.dueInPeriod} lagging={d.lagging} t={t} locale={locale} />
      <ReviewSectionTable sections={d.sections} comments={d.comments} reviewId={r.id} canWrite={canWrite} t={t} locale={locale} />
      <StatusLegend behindMargin={d.plan.behindMargin} t={t} locale={locale} />
      <ReviewTargetTable
        rows={d.rows}
        comments={d.comments}
        reviewId={r.id}
        periodEnd={r.periodEnd}
        withScore={r.kind === "YEAR"}
        canWrite={canWrite}
        t={t}
        locale={locale}
      />
      <ReviewComparison comparison={d.comparison} period={r} t={t} locale={locale} />
      <RectificationList
        rectifications={d.rectifications}
        targets={d.rows}
        review={r}
        defaultDeadline={d.newRectificationDeadline}
        canManage={canManage}
        canWrite={canWrite}
        t={t}
        locale={locale}
      />
      <BulletinPanel reviewId={r.id} t={t} />
    </article>
  );
}
