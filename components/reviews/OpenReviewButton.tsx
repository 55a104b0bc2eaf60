"use client";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import type { ReviewKind } from "../../graphql/generated/client/graphql";
import { GraphQLRequestError, requestGraphQL } from "../../lib/client/graphql-request";
import { fill } from "../../lib/i18n/format";
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
  /** the review in words: "2013年第3季度 季度督查" (the button reads "开展 2013年第3季度 季度督查" to screen readers) */
  name: string;
  /** the period's last day in words: the day the snapshot freezes the figures at */
  periodEnd: string;
  t: Messages;
}

/**
 * 开展: opens the review of a period and goes to its page. Opening freezes a snapshot of every target at the period
 * end and locks the period's months, so it asks first, in place: the confirmation takes the focus (Enter confirms,
 * Escape or 取消 goes back to 开展), like 印发 on the 通报.
 */
export function OpenReviewButton({ planId, kind, year, periodIndex, name, periodEnd, t }: Props) {
  const id = useId();
  const m = t.review;
  const { busy, outcome, run, router } = useMutationAction();
  const [confirming, setConfirming] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  // the confirmation takes the focus; closing it gives it back to 开展
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function open() {
    await run(async () => {
      try {
        const { openReview } = await requestGraphQL(OpenReviewMutation, { input: { planId, kind, year, periodIndex } });
        router.push(`/reviews/${openReview.id}`);
      } catch (err) {
        // Someone opened it a moment ago: go to theirs.
        const existing = err instanceof GraphQLRequestError ? err.extensions.reviewId : null;
        if (typeof existing === "string") return router.push(`/reviews/${existing}`);
        setConfirming(false);
        throw err;
      }
    });
  }

  const onDialogKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") setConfirming(false);
  };

  return (
    <>
      <button
        type="button"
        className="secondary"
        ref={openRef}
        disabled={busy || confirming}
        onClick={() => setConfirming(true)}
        aria-label={`${m.open} ${name}`}
        aria-expanded={confirming}
        aria-controls={`${id}-confirm`}
      >
        {m.open}
      </button>
      {confirming ? (
        <div
          id={`${id}-confirm`}
          className="review-open-confirm"
          role="alertdialog"
          aria-modal="false"
          aria-labelledby={`${id}-confirm-title`}
          aria-describedby={`${id}-confirm-text`}
          onKeyDown={onDialogKey}
          data-testid="open-review-confirm"
        >
          <h3 id={`${id}-confirm-title`}>{fill(m.openConfirmTitle, { name })}</h3>
          <p id={`${id}-confirm-text`}>{fill(m.openConfirm, { end: periodEnd })}</p>
          <div className="button-row">
            <button type="button" ref={confirmRef} disabled={busy} onClick={open} data-testid="open-review-yes">
              {busy ? m.opening : m.openYes}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setConfirming(false)}>
              {m.openNo}
            </button>
          </div>
        </div>
      ) : null}
      <OutcomeMessage outcome={outcome} />
    </>
  );
}
