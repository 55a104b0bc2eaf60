"use client";
import { graphql } from "../../graphql/generated/client";
import type { ReviewStatus } from "../../graphql/generated/client/graphql";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";

const RefreshMutation = graphql(`
  mutation RefreshReviewSnapshot($reviewId: ID!) {
    refreshReviewSnapshot(reviewId: $reviewId) {
      id
      snapshotAt
    }
  }
`);

const CloseMutation = graphql(`
  mutation CloseReview($reviewId: ID!) {
    closeReview(reviewId: $reviewId) {
      id
      status
    }
  }
`);

const ReopenMutation = graphql(`
  mutation ReopenReview($reviewId: ID!) {
    reopenReview(reviewId: $reviewId) {
      id
      status
    }
  }
`);

/** 更新快照 / 关闭考核 while open; 重新打开 once closed. Who and when are recorded by the server. */
export function ReviewActions({ reviewId, status, t }: { reviewId: string; status: ReviewStatus; t: Messages }) {
  const { busy, outcome, run } = useMutationAction();
  return (
    <div className="review-actions no-print" data-testid="review-actions">
      {status === "OPEN" ? (
        <>
          <button type="button" className="secondary" disabled={busy} onClick={() => run(() => requestGraphQL(RefreshMutation, { reviewId }))}>
            {t.review.refresh}
          </button>
          <button type="button" disabled={busy} onClick={() => run(() => requestGraphQL(CloseMutation, { reviewId }))} title={t.review.closeHint}>
            {t.review.close}
          </button>
        </>
      ) : (
        <button type="button" className="secondary" disabled={busy} onClick={() => run(() => requestGraphQL(ReopenMutation, { reviewId }))}>
          {t.review.reopen}
        </button>
      )}
      <OutcomeMessage outcome={outcome} />
    </div>
  );
}
