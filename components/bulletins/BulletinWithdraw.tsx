"use client";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { BULLETIN_WITHDRAW_REASON_MAX } from "../../lib/validation/bulletin";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";

const WithdrawBulletin = graphql(`
  mutation WithdrawBulletin($reviewId: ID!, $reason: String!, $expectedVersion: Int!) {
    withdrawBulletin(reviewId: $reviewId, reason: $reason, expectedVersion: $expectedVersion) {
      reviewId
      issued
    }
  }
`);

/** 撤回印发 on an issued notice: the reason is asked in place (Escape cancels) and goes to the audit log. */
export function BulletinWithdraw({ reviewId, version, t }: { reviewId: string; version: number; t: Messages }) {
  const m = t.bulletin;
  const { busy, outcome, setOutcome, run } = useMutationAction();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const id = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const text = reason.trim();
    if (!text) return setOutcome({ kind: "error", text: m.withdrawReasonRequired });
    if (await run(() => requestGraphQL(WithdrawBulletin, { reviewId, reason: text, expectedVersion: version }), m.withdrawn)) {
      setOpen(false);
    }
  }

  return (
    <section className="panel no-print" aria-labelledby={`${id}-title`} data-testid="bulletin-withdraw">
      <h2 id={`${id}-title`}>{m.withdraw}</h2>
      <p className="muted small">{m.withdrawHint}</p>
      {open ? (
        <form noValidate onSubmit={submit} onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
          <label htmlFor={`${id}-reason`}>{m.withdrawReason}</label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            maxLength={BULLETIN_WITHDRAW_REASON_MAX}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
          />
          <div className="toolbar">
            <button type="submit" className="danger" disabled={busy}>
              {m.withdrawYes}
            </button>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              {m.withdrawNo}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          {m.withdraw}
        </button>
      )}
      <OutcomeMessage outcome={outcome} />
    </section>
  );
}
