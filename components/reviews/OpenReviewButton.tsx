"use client";
import { graphql } from "../../graphql/generated/client";
import type { ReviewKind } from "../../graphql/generated/client/graphql";
import { GraphQLRequestError, requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";

const OpenReviewMutation = graphql(`
  mutation OpenReview($input: OpenReviewInput!) {
    openReview(input: $input) {
      id
    }
  }
`);

interface Props {
  planId: string;
  kind: ReviewKind;
  year: number;
  periodIndex: number;
  /** what the button opens, for screen readers: "开展 2013年第3季度 季度督查" */
  label: string;
  t: Messages;
}

/** 开展: opens the review of a period (the snapshot is taken at once) and goes to its page. */
export function OpenReviewButton({ planId, kind, year, periodIndex, label, t }: Props) {
  const { busy, outcome, run, router } = useMutationAction();
  async function open() {
    await run(async () => {
      try {
        const { openReview } = await requestGraphQL(OpenReviewMutation, { input: { planId, kind, year, periodIndex } });
        router.push(`/reviews/${openReview.id}`);
      } catch (err) {
        // Someone opened it a moment ago: go to theirs.
        const existing = err instanceof GraphQLRequestError ? err.extensions.reviewId : null;
        if (typeof existing === "string") return router.push(`/reviews/${existing}`);
        throw err;
      }
    });
  }
  return (
    <>
      <button type="button" className="secondary" disabled={busy} onClick={open} aria-label={label}>
        {busy ? t.review.opening : t.review.open}
      </button>
      <OutcomeMessage outcome={outcome} />
    </>
  );
}
