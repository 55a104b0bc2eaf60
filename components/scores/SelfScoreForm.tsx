"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import { roundScore } from "../../lib/domain";
import type { Messages } from "../../lib/i18n/messages";
import { fieldErrors } from "../../lib/validation/progress";
import { selfScoreSchema } from "../../lib/validation/score";
import { numberFromText } from "../../lib/domain/number-text";
import { fill } from "../../lib/i18n/format";

const SetSelfScoreMutation = graphql(`
  mutation SetSelfScore($input: SetSelfScoreInput!) {
    setSelfScore(input: $input) {
      selfScore
      selfVersion
      gap
    }
  }
`);

interface Props {
  targetId: string;
  code: string;
  points: number;
  selfScore: number | null;
  justification: string | null;
  /** the self-assessment version the sheet was loaded with (0 = none yet) */
  selfVersion: number;
  t: Messages;
}

/**
 * 自评: a section head enters (or changes, or withdraws) the self-assessed score of a target their section
 * owns, with a short justification. The API's checks run first (0 to the points, a justification with a
 * score); the API's Chinese message is shown when it refuses, e.g. a stale version or a closed review.
 */
export function SelfScoreForm({ targetId, code, points, selfScore, justification, selfVersion, t }: Props) {
  const s = t.selfScore;
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(selfScore === null ? "" : String(roundScore(selfScore)));
  const [text, setText] = useState(justification ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  if (!open) {
    return (
      <div className="self-score-toggle no-print">
        <button
          type="button"
          className="secondary small"
          onClick={() => {
            setSaved(null);
            setOpen(true);
          }}
          aria-label={`${code} ${selfScore === null ? s.enter : s.edit}`}
        >
          {selfScore === null ? s.enter : s.edit}
        </button>
        {saved ? (
          <span role="status" className="success small">
            {saved}
          </span>
        ) : null}
      </div>
    );
  }

  async function save(withdraw: boolean) {
    const input = withdraw ? { selfScore: null, justification: null } : { selfScore: numberFromText(value), justification: text };
    const checked = selfScoreSchema(points).safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrors(checked.error, t));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await requestGraphQL(SetSelfScoreMutation, {
        input: { targetId, selfScore: checked.data.selfScore, justification: checked.data.justification, expectedVersion: selfVersion },
      });
      setOpen(false);
      setSaved(withdraw ? s.withdrawn : s.saved);
      router.refresh();
    } catch (err) {
      setErrors({ _: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };
  return (
    <form
      className="form-grid score-adjust self-score-form no-print"
      onSubmit={submit}
      noValidate
      aria-label={fill(s.formTitle, { code })}
      data-testid="self-score-form"
    >
      <strong>{fill(s.formTitle, { code })}</strong>
      <label>
        {fill(s.score, { points: String(roundScore(points)) })}
        <input
          name="selfScore"
          inputMode="decimal"
          autoFocus
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={Boolean(errors.selfScore)}
        />
        {errors.selfScore ? (
          <span className="error" role="alert">
            {errors.selfScore}
          </span>
        ) : null}
      </label>
      <label>
        {s.justification}
        <textarea
          name="justification"
          rows={3}
          maxLength={500}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={Boolean(errors.justification)}
        />
        {errors.justification ? (
          <span className="error" role="alert">
            {errors.justification}
          </span>
        ) : null}
      </label>
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {s.save}
        </button>
        {selfScore !== null ? (
          <button type="button" className="secondary" disabled={busy} onClick={() => void save(true)}>
            {s.withdraw}
          </button>
        ) : null}
        <button type="button" className="secondary" disabled={busy} onClick={() => setOpen(false)}>
          {s.cancel}
        </button>
      </div>
      {errors._ ? (
        <p className="error" role="alert">
          {errors._}
        </p>
      ) : null}
    </form>
  );
}
