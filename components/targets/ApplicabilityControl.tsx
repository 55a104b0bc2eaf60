"use client";
import { useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import type { Applicability, InactivePointsRule } from "../../graphql/generated/client/graphql";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";

const SetApplicabilityMutation = graphql(`
  mutation SetTargetApplicability($input: SetApplicabilityInput!) {
    setTargetApplicability(input: $input) {
      status
      target {
        id
        applicability
        version
      }
    }
  }
`);

interface Props {
  targetId: string;
  version: number;
  applicability: Applicability;
  reason: string | null;
  rule: InactivePointsRule;
  t: Messages;
}

const STATES: Applicability[] = ["ACTIVE", "NOT_APPLICABLE", "SUSPENDED"];
const RULES: InactivePointsRule[] = ["REDISTRIBUTE", "REMOVE"];

/**
 * 考核组 / 管理员: mark a target 不适用 or 暂停 (reason and points rule required) or scored again. Its reports
 * and items stay; only its points move. Sent with the target version the page was loaded with.
 */
export function ApplicabilityControl({ targetId, version, applicability, reason, rule, t }: Props) {
  const m = t.applicabilityForm;
  const [state, setState] = useState<Applicability>(applicability);
  const [why, setWhy] = useState(reason ?? "");
  const [pointsRule, setPointsRule] = useState<InactivePointsRule>(rule);
  const { busy, outcome, setOutcome, run } = useMutationAction();
  const active = state === "ACTIVE";

  async function submit(e: FormEvent) {
    e.preventDefault();
    setOutcome(null);
    if (!active && !why.trim()) return setOutcome({ kind: "error", text: m.reasonRequired });
    await run(
      () =>
        requestGraphQL(SetApplicabilityMutation, {
          input: {
            targetId,
            applicability: state,
            reason: active ? null : why.trim(),
            inactivePointsRule: pointsRule,
            expectedVersion: version,
          },
        }),
      m.saved,
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form-grid" data-testid="applicability-form" aria-label={m.change}>
      <label>
        {m.title}
        <select value={state} onChange={(e) => setState(e.target.value as Applicability)}>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {t.applicability[s]}
            </option>
          ))}
        </select>
      </label>
      {!active ? (
        <>
          <label>
            {m.reason}
            <textarea rows={2} value={why} onChange={(e) => setWhy(e.target.value)} required maxLength={500} />
          </label>
          <fieldset>
            <legend>{m.pointsRule}</legend>
            {RULES.map((r) => (
              <label key={r} className="inline">
                <input
                  type="radio"
                  name={`points-rule-${targetId}`}
                  value={r}
                  checked={pointsRule === r}
                  onChange={() => setPointsRule(r)}
                />{" "}
                {t.pointsRule[r]}
              </label>
            ))}
          </fieldset>
        </>
      ) : null}
      <div>
        <button type="submit" disabled={busy}>
          {m.save}
        </button>
      </div>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
