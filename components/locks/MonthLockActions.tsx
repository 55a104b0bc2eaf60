"use client";
import { useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";
import { DateField } from "../forms/DateField";
import { fill, formatMonth } from "../../lib/i18n/format";

const LockMonthMutation = graphql(`
  mutation LockMonth($planId: ID!, $month: Int!, $reason: String!) {
    lockMonth(planId: $planId, month: $month, reason: $reason) {
      planId
    }
  }
`);

const ReopenMonthMutation = graphql(`
  mutation ReopenMonth($planId: ID!, $month: Int!, $reason: String!, $untilDay: Date) {
    reopenMonth(planId: $planId, month: $month, reason: $reason, untilDay: $untilDay) {
      planId
    }
  }
`);

interface Props {
  planId: string;
  month: number;
  locked: boolean;
  /** OPEN | AUTO | SNAPSHOT | ADMIN_LOCKED | REOPENED */
  reason: string;
  /** today where the bureau works, and the latest day a reopening may last */
  today: string;
  latestUntil: string;
  t: Messages;
}

const fillMonth = (s: string, month: number, t: Messages) => fill(s, { month: formatMonth(month, t, "long") });

/**
 * 锁定 / 重新开放 one month (administrators): each opens a small form asking for the reason (required, as the
 * API checks), and for a reopening the last day it lasts (empty: a week). The API's Chinese message is shown
 * on refusal; on success the page reloads with the new state.
 */
export function MonthLockActions({ planId, month, locked, reason, today, latestUntil, t }: Props) {
  const l = t.locks;
  const { busy, outcome, setOutcome, run } = useMutationAction();
  const [mode, setMode] = useState<"lock" | "reopen" | null>(null);
  const [why, setWhy] = useState("");
  const [until, setUntil] = useState("");

  const canLock = !locked;
  // a reopened month may be reopened again to change how long it stays open
  const canReopen = locked || reason === "REOPENED";

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!why.trim()) {
      setOutcome({ kind: "error", text: l.reasonRequired });
      return;
    }
    const done = await run(
      () =>
        mode === "lock"
          ? requestGraphQL(LockMonthMutation, { planId, month, reason: why })
          : requestGraphQL(ReopenMonthMutation, { planId, month, reason: why, untilDay: until || null }),
      fillMonth(mode === "lock" ? l.lockedDone : l.reopenedDone, month, t),
    );
    if (done) {
      setMode(null);
      setWhy("");
      setUntil("");
    }
  }

  if (!mode) {
    return (
      <div className="button-row lock-actions">
        {canLock ? (
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              setOutcome(null);
              setMode("lock");
            }}
            aria-label={fillMonth(l.lockTitle, month, t)}
          >
            {l.lock}
          </button>
        ) : null}
        {canReopen ? (
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              setOutcome(null);
              setMode("reopen");
            }}
            aria-label={fillMonth(l.reopenTitle, month, t)}
          >
            {l.reopen}
          </button>
        ) : null}
        <OutcomeMessage outcome={outcome} />
      </div>
    );
  }

  const title = fillMonth(mode === "lock" ? l.lockTitle : l.reopenTitle, month, t);
  return (
    <form className="form-grid lock-form" onSubmit={submit} noValidate aria-label={title} data-testid={`${mode}-form`}>
      <strong>{title}</strong>
      <label>
        {l.reasonLabel}
        <textarea
          name="reason"
          rows={2}
          autoFocus
          value={why}
          onChange={(e) => setWhy(e.target.value)}
          required
          aria-invalid={outcome?.kind === "error" && !why.trim()}
          maxLength={500}
        />
      </label>
      {mode === "reopen" ? (
        <div>
          <DateField label={l.untilLabel} name="untilDay" m={t.dateField} value={until} min={today} max={latestUntil} onChange={setUntil} />
          <span className="muted small">{l.untilHint}</span>
        </div>
      ) : null}
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {mode === "lock" ? l.confirmLock : l.confirmReopen}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => {
            setOutcome(null);
            setMode(null);
          }}
        >
          {l.cancel}
        </button>
      </div>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
