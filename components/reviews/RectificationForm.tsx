"use client";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { fieldErrors } from "../../lib/validation/progress";
import { rectificationInputSchema } from "../../lib/validation/review";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";
import { DateField } from "../forms/DateField";

const IssueMutation = graphql(`
  mutation IssueRectification($input: IssueRectificationInput!) {
    issueRectification(input: $input) {
      id
    }
  }
`);

interface Props {
  reviewId: string;
  /** the plan's year: a notice may be due until the end of the next one (or a year after today) */
  planYear: number;
  /** the server's proposal, 15 days after today */
  defaultDeadline: string;
  /** lagging targets first, so the usual choice is near the top */
  targets: { id: string; label: string }[];
  t: Messages;
}

/** 整改通知: target, what must be put right, and the deadline; checked with the API's schema first. */
/** Today in China, the day a notice sent now is issued (the server checks again with its own clock). */
const issueDay = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

export function RectificationForm({ reviewId, planYear, defaultDeadline, targets, t }: Props) {
  const id = useId();
  const [targetId, setTargetId] = useState("");
  const [notice, setNotice] = useState("");
  const [deadline, setDeadline] = useState(defaultDeadline);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, outcome, run } = useMutationAction();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = rectificationInputSchema({ issuedOn: issueDay(), planYear }).safeParse({ notice, deadline });
    const found: Record<string, string> = checked.success ? {} : fieldErrors(checked.error, t);
    if (!targetId) found.targetId = t.review.chooseTarget;
    setErrors(found);
    if (!checked.success || !targetId) return;
    const ok = await run(() => requestGraphQL(IssueMutation, { input: { reviewId, targetId, ...checked.data } }), t.review.issued);
    if (ok) {
      setNotice("");
      setTargetId("");
    }
  }

  const err = (field: string) =>
    errors[field] ? (
      <span id={`${id}-${field}-error`} className="error" role="alert">
        {errors[field]}
      </span>
    ) : null;
  return (
    <form className="form-grid no-print" onSubmit={submit} noValidate data-testid="rectification-form">
      <label>
        {t.table.target}
        <select name="targetId" value={targetId} onChange={(e) => setTargetId(e.target.value)} aria-invalid={Boolean(errors.targetId)}>
          <option value="">{t.review.chooseTarget}</option>
          {targets.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
        {err("targetId")}
      </label>
      <label>
        {t.review.notice}
        <textarea
          name="notice"
          rows={3}
          value={notice}
          maxLength={2000}
          onChange={(e) => setNotice(e.target.value)}
          aria-invalid={Boolean(errors.notice)}
        />
        {err("notice")}
      </label>
      <DateField
        label={t.review.deadline}
        name="deadline"
        m={t.dateField}
        value={deadline}
        min={issueDay()}
        onChange={setDeadline}
        error={errors.deadline}
      />
      <div>
        <button type="submit" disabled={busy}>
          {busy ? t.review.saving : t.review.issue}
        </button>
      </div>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
