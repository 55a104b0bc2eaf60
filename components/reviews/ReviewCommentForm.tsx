"use client";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { fieldErrors } from "../../lib/validation/progress";
import { commentInputSchema } from "../../lib/validation/review";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";
import { joinList } from "../../lib/i18n/render-message";
import { fill } from "../../lib/i18n/format";

const AddCommentMutation = graphql(`
  mutation AddReviewComment($input: AddReviewCommentInput!) {
    addReviewComment(input: $input) {
      id
    }
  }
`);

interface Props {
  reviewId: string;
  targetId?: string;
  sectionId?: string;
  /** what the comment is about, e.g. "二.(一).3.(3) 市级工程技术研究中心" */
  about: string;
  t: Messages;
}

/** 点评 on one target or one section, folded away until needed so the table stays readable. */
export function ReviewCommentForm({ reviewId, targetId, sectionId, about, t }: Props) {
  const id = useId();
  const [body, setBody] = useState("");
  const { busy, outcome, setOutcome, run } = useMutationAction();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = commentInputSchema.safeParse({ body });
    if (!checked.success)
      return setOutcome({ kind: "error", text: joinList(Object.values(fieldErrors(checked.error, t)), t, "semicolon") });
    const ok = await run(
      () =>
        requestGraphQL(AddCommentMutation, {
          input: { reviewId, targetId: targetId ?? null, sectionId: sectionId ?? null, body: checked.data.body },
        }),
      t.review.commentSaved,
    );
    if (ok) setBody("");
  }
  const label = fill(t.review.commentOn, { name: about });
  return (
    <details className="comment-form no-print">
      <summary>{t.review.addComment}</summary>
      <form onSubmit={submit} noValidate className="form-grid" data-testid="comment-form">
        <label htmlFor={`${id}-body`}>{label}</label>
        <textarea id={`${id}-body`} name="body" rows={3} value={body} maxLength={2000} onChange={(e) => setBody(e.target.value)} />
        <div>
          <button type="submit" disabled={busy}>
            {busy ? t.review.saving : t.review.addComment}
          </button>
        </div>
        <OutcomeMessage outcome={outcome} />
      </form>
    </details>
  );
}
