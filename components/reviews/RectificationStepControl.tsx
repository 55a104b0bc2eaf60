"use client";
import { useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { fieldErrors } from "../../lib/validation/progress";
import { closeRectificationSchema, returnRectificationSchema } from "../../lib/validation/review";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";
import { joinList } from "../../lib/i18n/render-message";
import { labelled } from "../../lib/i18n/punctuation";

const CloseRectificationMutation = graphql(`
  mutation CloseRectification($rectificationId: ID!, $closingNote: String!, $expectedVersion: Int!) {
    closeRectification(rectificationId: $rectificationId, closingNote: $closingNote, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`);

const ReturnRectificationMutation = graphql(`
  mutation ReturnRectification($rectificationId: ID!, $reason: String!, $expectedVersion: Int!) {
    returnRectification(rectificationId: $rectificationId, reason: $reason, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`);

type Step = "CLOSE" | "RETURN";

/** The assessors' two answers to a section's 整改情况: 销号 with a note on what was done, or 退回 with what is missing. */
export function RectificationStepControl({
  step,
  rectificationId,
  version,
  about,
  t,
}: {
  step: Step;
  rectificationId: string;
  version: number;
  about: string;
  t: Messages;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const { busy, outcome, setOutcome, run } = useMutationAction();
  const label = step === "CLOSE" ? t.review.closeRectification : t.review.returnRectification;
  if (!open) {
    return (
      <button type="button" className="secondary no-print" onClick={() => setOpen(true)} aria-label={labelled(label, about, t)}>
        {label}
      </button>
    );
  }
  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked =
      step === "CLOSE" ? closeRectificationSchema.safeParse({ closingNote: text }) : returnRectificationSchema.safeParse({ reason: text });
    if (!checked.success)
      return setOutcome({ kind: "error", text: joinList(Object.values(fieldErrors(checked.error, t)), t, "semicolon") });
    const ok = await run(() =>
      step === "CLOSE"
        ? requestGraphQL(CloseRectificationMutation, { rectificationId, closingNote: text.trim(), expectedVersion: version })
        : requestGraphQL(ReturnRectificationMutation, { rectificationId, reason: text.trim(), expectedVersion: version }),
    );
    if (ok) setOpen(false);
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      className="form-grid no-print"
      data-testid={step === "CLOSE" ? "close-rectification-form" : "return-rectification-form"}
    >
      <label>
        {step === "CLOSE" ? t.review.closingNote : t.review.returnReason}
        <textarea rows={2} value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} />
      </label>
      <div style={{ display: "flex", gap: 8 }}>
        <button type="submit" disabled={busy}>
          {busy ? t.review.saving : label}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t.entry.cancel}
        </button>
      </div>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
