"use client";
import { useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";

const ConfigureReportingMutation = graphql(`
  mutation ConfigureReporting($planId: ID!, $reportDueDays: Int!, $lockAfterDays: Int!) {
    configureReporting(planId: $planId, reportDueDays: $reportDueDays, lockAfterDays: $lockAfterDays) {
      reportDueDays
      lockAfterDays
    }
  }
`);

/** 报送期限 and 锁定期限 in days after the month ends; the API checks the ranges and their order. */
export function ReportingConfigForm({
  planId,
  reportDueDays,
  lockAfterDays,
  t,
}: {
  planId: string;
  reportDueDays: number;
  lockAfterDays: number;
  t: Messages;
}) {
  const l = t.locks;
  const { busy, outcome, setOutcome, run } = useMutationAction();
  const [due, setDue] = useState(String(reportDueDays));
  const [lock, setLock] = useState(String(lockAfterDays));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const whole = (s: string) => /^\d+$/.test(s.trim());
    if (!whole(due) || !whole(lock)) {
      setOutcome({ kind: "error", text: l.notInteger });
      return;
    }
    await run(
      () => requestGraphQL(ConfigureReportingMutation, { planId, reportDueDays: Number(due), lockAfterDays: Number(lock) }),
      l.saved,
    );
  }

  return (
    <form
      className="toolbar reporting-config"
      onSubmit={submit}
      noValidate
      aria-labelledby="reporting-config-title"
      data-testid="reporting-config"
    >
      <label>
        {l.reportDueDays}
        <input
          name="reportDueDays"
          type="number"
          min={0}
          max={60}
          step={1}
          inputMode="numeric"
          size={5}
          value={due}
          onChange={(e) => setDue(e.target.value)}
        />
      </label>
      <label>
        {l.lockAfterDays}
        <input
          name="lockAfterDays"
          type="number"
          min={0}
          max={120}
          step={1}
          inputMode="numeric"
          size={5}
          value={lock}
          onChange={(e) => setLock(e.target.value)}
        />
      </label>
      <button type="submit" disabled={busy}>
        {l.save}
      </button>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
