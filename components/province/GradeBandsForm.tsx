"use client";
import { useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { numberOrNull } from "../../lib/validation/plan-edit";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";

const SetGradeBandsMutation = graphql(`
  mutation SetGradeBands($input: SetGradeBandsInput!) {
    setGradeBands(input: $input) {
      grade {
        grade
      }
    }
  }
`);

type Bands = { excellentAt: number; goodAt: number; passAt: number };
const KEYS = ["excellentAt", "goodAt", "passAt"] as const;
// shares are shown and typed as percentages; 0.9 → "90"
const percent = (share: number) => String(Math.round(share * 10000) / 100);

/** The unit's 考核组 sets the plan's 等次 bands as percentages of the maximum. */
export function GradeBandsForm({ planId, bands, t }: { planId: string; bands: Bands; t: Messages }) {
  const m = t.grade.bandsForm;
  const [values, setValues] = useState<Record<(typeof KEYS)[number], string>>({
    excellentAt: percent(bands.excellentAt),
    goodAt: percent(bands.goodAt),
    passAt: percent(bands.passAt),
  });
  const { busy, outcome, setOutcome, run } = useMutationAction();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const shares = KEYS.map((k) => numberOrNull(values[k]));
    if (shares.some((v) => v === null || !Number.isFinite(v) || v < 0 || v > 100)) {
      setOutcome({ kind: "error", text: m.invalid });
      return;
    }
    const [excellentAt, goodAt, passAt] = shares.map((v) => v! / 100);
    await run(() => requestGraphQL(SetGradeBandsMutation, { input: { planId, excellentAt, goodAt, passAt } }), m.saved);
  }

  return (
    <section className="panel no-print" aria-labelledby="grade-bands-title">
      <h2 id="grade-bands-title">{m.title}</h2>
      <p className="muted small">{m.intro}</p>
      <form className="toolbar" onSubmit={submit} noValidate data-testid="grade-bands-form">
        {KEYS.map((k) => (
          <label key={k}>
            {m[k]}
            <input inputMode="decimal" value={values[k]} onChange={(e) => setValues({ ...values, [k]: e.target.value })} size={6} />
          </label>
        ))}
        <button type="submit" disabled={busy}>
          {m.submit}
        </button>
      </form>
      <OutcomeMessage outcome={outcome} />
    </section>
  );
}
