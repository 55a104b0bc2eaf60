"use client";
import { graphql } from "../../graphql/generated/client";
import type { ReviewStatus } from "../../graphql/generated/client/graphql";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";

const RefreshMutation = graphql(`
  mutation RefreshReviewSnapshot($reviewId: ID!, $expectedVersion: Int!) {
    refreshReviewSnapshot(reviewId: $reviewId, expectedVersion: $expectedVersion) {
      id
      snapshotAt
    }
  }
`);

const CloseMutation = graphql(`
  mutation CloseReview($reviewId: ID!, $expectedVersion: Int!) {
    closeReview(reviewId: $reviewId, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`);

const ReopenMutation = graphql(`
  mutation ReopenReview($reviewId: ID!, $expectedVersion: Int!) {
    reopenReview(reviewId: $reviewId, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`);

/**
 * 更新快照 / 关闭考核 while open; 重新打开 once closed. Who and when are recorded by the server. `version` is the
 * review's version the page was loaded with: a stale page gets a CONFLICT naming who saved since. Once the review's
 * 通报 is issued (`frozen`) the snapshot keeps the notice's figures, so 更新快照 is not offered (the API refuses it).
 */
export function ReviewActions({
  reviewId,
  version,
  status,
  frozen,
  t,
}: {
  reviewId: string;
  version: number;
  status: ReviewStatus;
  frozen: boolean;
  t: Messages;
}) {
  const { busy, outcome, run } = useMutationAction();
  return (
    <div className="review-actions no-print" data-testid="review-actions">
      {status === "OPEN" ? (
        <>
          {frozen ? (
            <span className="muted small" data-testid="snapshot-frozen">
              {t.bulletin.snapshotFrozen}
            </span>
          ) : (
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => run(() => requestGraphQL(RefreshMutation, { reviewId, expectedVersion: version }))}
            >
              {t.review.refresh}
            </button>
          )}
          <button
            type="button"
            disabled={busy}
            onClick={() => run(() => requestGraphQL(CloseMutation, { reviewId, expectedVersion: version }))}
            title={t.review.closeHint}
          >
            {t.review.close}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => run(() => requestGraphQL(ReopenMutation, { reviewId, expectedVersion: version }))}
        >
          {t.review.reopen}
        </button>
      )}
      <OutcomeMessage outcome={outcome} />
    </div>
  );
}
