"use client";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import type { FigureKind } from "../../graphql/generated/client/graphql";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { RETURN_REASON_MAX } from "../../lib/domain/figure-check";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";
import { labelled } from "../../lib/i18n/punctuation";

const AcceptFigureMutation = graphql(`
  mutation AcceptFigure($input: CheckFigureInput!) {
    acceptFigure(input: $input) {
      id
      checkStatus
    }
  }
`);

const ReturnFigureMutation = graphql(`
  mutation ReturnFigure($input: ReturnFigureInput!) {
    returnFigure(input: $input) {
      id
      checkStatus
      checkNote
    }
  }
`);

/**
 * 采纳 / 退回 for one pending report or item. 退回 opens a reason field in place (Escape closes it); the reason is
 * required and bounded like the API's, and the server's message (e.g. someone decided first) is shown as is.
 */
export function FigureCheckActions({ kind, id, label, t }: { kind: FigureKind; id: string; label: string; t: Messages }) {
  const c = t.checks;
  const { busy, outcome, setOutcome, run } = useMutationAction();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState("");
  const reasonId = useId();

  async function submitReturn(e: FormEvent) {
    e.preventDefault();
    const text = reason.trim();
    if (!text) return setOutcome({ kind: "error", text: c.returnHint });
    if (text.length > RETURN_REASON_MAX) return setOutcome({ kind: "error", text: c.returnHint });
    if (await run(() => requestGraphQL(ReturnFigureMutation, { input: { kind, id, reason: text } }), c.returned)) setReturning(false);
  }

  return (
    <div className="check-actions no-print" data-testid="check-actions">
      {returning ? (
        <form noValidate onSubmit={submitReturn} onKeyDown={(e) => e.key === "Escape" && setReturning(false)} className="return-form">
          <label htmlFor={reasonId}>{c.returnReason}</label>
          <textarea
            id={reasonId}
            name="reason"
            rows={3}
            maxLength={RETURN_REASON_MAX}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-describedby={`${reasonId}-hint`}
            required
            autoFocus
          />
          <p id={`${reasonId}-hint`} className="muted small">
            {c.returnHint}
          </p>
          <div className="toolbar">
            <button type="submit" className="danger" disabled={busy}>
              {c.returnSubmit}
            </button>
            <button type="button" className="secondary" onClick={() => setReturning(false)}>
              {c.returnCancel}
            </button>
          </div>
        </form>
      ) : (
        <div className="toolbar">
          <button
            type="button"
            disabled={busy}
            aria-label={labelled(c.accept, label, t)}
            onClick={() => run(() => requestGraphQL(AcceptFigureMutation, { input: { kind, id } }), c.accepted)}
          >
            {busy ? c.accepting : c.accept}
          </button>
          <button type="button" className="secondary" aria-label={labelled(c.returnOpen, label, t)} onClick={() => setReturning(true)}>
            {c.returnOpen}
          </button>
        </div>
      )}
      <OutcomeMessage outcome={outcome} />
    </div>
  );
}
