"use client";
import { useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { fieldErrors } from "../../lib/validation/progress";
import { closeRectificationSchema } from "../../lib/validation/review";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";

const CloseRectificationMutation = graphql(`
  mutation CloseRectification($rectificationId: ID!, $closingNote: String!, $expectedVersion: Int!) {
    closeRectification(rectificationId: $rectificationId, closingNote: $closingNote, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`);

/** 关闭整改 with the required note on what was done. */
export function CloseRectificationControl({
  rectificationId,
  version,
  about,
  t,
}: {
  rectificationId: string;
  version: number;
  about: string;
  t: Messages;
}) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const { busy, outcome, setOutcome, run } = useMutationAction();
  if (!open) {
    return (
      <button
        type="button"
        className="secondary no-print"
        onClick={() => setOpen(true)}
        aria-label={`${t.review.closeRectification}：${about}`}
      >
        {t.review.closeRectification}
      </button>
    );
  }
  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = closeRectificationSchema.safeParse({ closingNote: note });
    if (!checked.success) return setOutcome({ kind: "error", text: Object.values(fieldErrors(checked.error)).join("；") });
    const ok = await run(() =>
      requestGraphQL(CloseRectificationMutation, { rectificationId, closingNote: checked.data.closingNote, expectedVersion: version }),
    );
    if (ok) setOpen(false);
  }
  return (
    <form onSubmit={submit} noValidate className="form-grid no-print" data-testid="close-rectification-form">
      <label>
        {t.review.closingNote}
        <textarea name="closingNote" rows={2} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div style={{ display: "flex", gap: 8 }}>
        <button type="submit" disabled={busy}>
          {busy ? t.review.saving : t.review.closeRectification}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t.entry.cancel}
        </button>
      </div>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
