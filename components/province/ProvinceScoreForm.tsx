"use client";
import { useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import { fill } from "../../lib/i18n/format";
import type { Messages } from "../../lib/i18n/messages";
import { numberOrNull } from "../../lib/validation/plan-edit";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";

const SetProvinceScoreMutation = graphql(`
  mutation SetProvinceScore($input: SetProvinceScoreInput!) {
    setProvinceScore(input: $input) {
      provinceScore
      provinceVersion
    }
  }
`);

interface Props {
  targetId: string;
  code: string;
  score: number | null;
  reason: string | null;
  version: number;
  t: Messages;
}

/** One target's 省厅评分 with its note; the server checks the range and when a note is needed. */
export function ProvinceScoreForm({ targetId, code, score, reason, version, t }: Props) {
  const m = t.provinceScore;
  const [value, setValue] = useState(score === null ? "" : String(score));
  const [note, setNote] = useState(reason ?? "");
  const { busy, outcome, run } = useMutationAction();

  const save = (provinceScore: number | null) =>
    run(
      () =>
        requestGraphQL(SetProvinceScoreMutation, {
          input: { targetId, provinceScore, reason: note.trim() || null, expectedVersion: version },
        }),
      m.saved,
    );

  async function submit(e: FormEvent) {
    e.preventDefault();
    await save(numberOrNull(value));
  }

  return (
    <form className="score-inline" onSubmit={submit} noValidate data-testid="province-score-form">
      <input
        aria-label={fill(m.scoreLabel, { code })}
        inputMode="decimal"
        size={6}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        data-testid="province-score-input"
      />
      <input
        aria-label={fill(m.reasonLabel, { code })}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={500}
        data-testid="province-reason-input"
      />
      <button type="submit" disabled={busy}>
        {m.submit}
      </button>
      {score !== null ? (
        <button type="button" className="secondary" disabled={busy} onClick={() => save(null)}>
          {m.withdraw}
        </button>
      ) : null}
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
