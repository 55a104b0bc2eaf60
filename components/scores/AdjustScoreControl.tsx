"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import { adjustmentNeedsReason, roundScore } from "../../lib/domain";
import type { Messages } from "../../lib/i18n/messages";
import { fieldErrors } from "../../lib/validation/progress";
import { adjustScoreSchema } from "../../lib/validation/score";
import { numberFromText } from "../../lib/domain/number-text";

const AdjustScoreMutation = graphql(`
  mutation AdjustScore($input: AdjustScoreInput!) {
    adjustScore(input: $input) {
      version
      finalScore
    }
  }
`);

interface Props {
  targetId: string;
  version: number;
  points: number;
  computedScore: number;
  adjustedScore: number | null;
  t: Messages;
}

/**
 * 调整得分: the assessors set the final score or clear their adjustment. The same checks as the API run
 * first: 0 to the points, and a reason whenever the final score differs from the computed one or an
 * adjustment is cleared.
 */
export function AdjustScoreControl({ targetId, version, points, computedScore, adjustedScore, t }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(String(roundScore(adjustedScore ?? computedScore)));
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <button type="button" className="secondary small" onClick={() => setOpen(true)}>
        {t.score.adjust}
      </button>
    );
  }

  async function save(clear: boolean) {
    const input = { adjustedScore: clear ? null : numberFromText(value), reason };
    const checked = adjustScoreSchema(points).safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrors(checked.error, t));
      return;
    }
    const next = checked.data.adjustedScore;
    if (!checked.data.reason && adjustmentNeedsReason(computedScore, adjustedScore, next)) {
      setErrors({ reason: next === null ? t.score.clearReasonRequired : t.score.reasonRequired });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await requestGraphQL(AdjustScoreMutation, {
        input: { targetId, adjustedScore: next, reason: checked.data.reason, expectedVersion: version },
      });
      setOpen(false);
      setReason("");
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
    <form className="form-grid score-adjust" onSubmit={submit} noValidate aria-label={t.score.adjust} data-testid="adjust-form">
      <label>
        {t.score.adjustedScore}
        <input
          name="adjustedScore"
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={Boolean(errors.adjustedScore)}
        />
        {errors.adjustedScore ? (
          <span className="error" role="alert">
            {errors.adjustedScore}
          </span>
        ) : null}
      </label>
      <label>
        {t.score.reason}
        <textarea name="reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={Boolean(errors.reason)} />
        <span className="muted small">{t.score.reasonHint}</span>
        {errors.reason ? (
          <span className="error" role="alert">
            {errors.reason}
          </span>
        ) : null}
      </label>
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {t.score.save}
        </button>
        {adjustedScore !== null ? (
          <button type="button" className="secondary" disabled={busy} onClick={() => void save(true)}>
            {t.score.clear}
          </button>
        ) : null}
        <button type="button" className="secondary" disabled={busy} onClick={() => setOpen(false)}>
          {t.score.cancel}
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
