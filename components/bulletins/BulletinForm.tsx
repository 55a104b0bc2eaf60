"use client";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import { fill } from "../../lib/i18n/format";
import type { Messages } from "../../lib/i18n/messages";
import { BULLETIN_ADDRESSEE_MAX, BULLETIN_REMARKS_MAX, bulletinTextSchema } from "../../lib/validation/bulletin";
import { fieldErrors } from "../../lib/validation/progress";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";

const UpdateBulletin = graphql(`
  mutation UpdateBulletin($input: UpdateBulletinInput!) {
    updateBulletin(input: $input) {
      reviewId
      version
      addressee
      remarks
    }
  }
`);

const IssueBulletin = graphql(`
  mutation IssueBulletin($reviewId: ID!, $expectedVersion: Int!) {
    issueBulletin(reviewId: $reviewId, expectedVersion: $expectedVersion) {
      reviewId
      version
      issued
    }
  }
`);

interface Props {
  reviewId: string;
  /** the review's version the page was loaded with (a stale page gets the CONFLICT naming who saved since) */
  version: number;
  addressee: string | null;
  remarks: string | null;
  t: Messages;
}

/**
 * 主送 and 考核组意见 of a draft 通报, checked with the API's schema first; 印发 asks for confirmation in place (Escape
 * or 取消 goes back) and saves what is typed before issuing, so what is issued is what the form shows.
 */
export function BulletinForm({ reviewId, version, addressee, remarks, t }: Props) {
  const id = useId();
  const m = t.bulletin;
  const [addresseeText, setAddressee] = useState(addressee ?? "");
  const [remarksText, setRemarks] = useState(remarks ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const issueRef = useRef<HTMLButtonElement>(null);
  const { busy, outcome, run } = useMutationAction();
  const dirty = addresseeText !== (addressee ?? "") || remarksText !== (remarks ?? "");

  // the confirmation takes the focus; closing it (取消, Escape, a refused issue) gives it back to 印发通报
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) issueRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  /** The typed text, checked; null (with the messages shown) when it is refused. */
  function checked() {
    const parsed = bulletinTextSchema.safeParse({ addressee: addresseeText, remarks: remarksText });
    setErrors(parsed.success ? {} : fieldErrors(parsed.error, t));
    return parsed.success ? parsed.data : null;
  }

  const save = (text: { addressee?: string | null; remarks?: string | null }) =>
    requestGraphQL(UpdateBulletin, { input: { reviewId, ...text, expectedVersion: version } });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const text = checked();
    if (text) await run(() => save(text), m.saved);
  }

  async function issue() {
    const text = checked();
    if (!text) return setConfirming(false);
    await run(async () => {
      const expectedVersion = dirty ? (await save(text)).updateBulletin.version : version;
      await requestGraphQL(IssueBulletin, { reviewId, expectedVersion });
    }, m.issued);
    setConfirming(false);
  }

  const cancel = () => setConfirming(false);

  const onDialogKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") cancel();
  };

  const err = (field: string) =>
    errors[field] ? (
      <span id={`${id}-${field}-error`} className="error" role="alert">
        {errors[field]}
      </span>
    ) : null;
  const describedBy = (field: string) => [`${id}-${field}-hint`, errors[field] ? `${id}-${field}-error` : ""].filter(Boolean).join(" ");

  return (
    <form
      className="form-grid bulletin-form no-print"
      onSubmit={submit}
      noValidate
      data-testid="bulletin-form"
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{m.form}</h2>
      <label>
        {m.addressee}
        <input
          name="addressee"
          value={addresseeText}
          maxLength={BULLETIN_ADDRESSEE_MAX}
          placeholder={m.defaultAddressee}
          onChange={(e) => setAddressee(e.target.value)}
          aria-invalid={Boolean(errors.addressee)}
          aria-describedby={describedBy("addressee")}
        />
        <span id={`${id}-addressee-hint`} className="muted small">
          {fill(m.addresseeHint, { default: m.defaultAddressee })}
        </span>
        {err("addressee")}
      </label>
      <label>
        {m.remarks}
        <textarea
          name="remarks"
          rows={6}
          value={remarksText}
          maxLength={BULLETIN_REMARKS_MAX}
          onChange={(e) => setRemarks(e.target.value)}
          aria-invalid={Boolean(errors.remarks)}
          aria-describedby={describedBy("remarks")}
        />
        <span id={`${id}-remarks-hint`} className="muted small">
          {m.remarksHint}
        </span>
        {err("remarks")}
      </label>
      <div className="button-row">
        <button type="submit" disabled={busy || confirming}>
          {busy && !confirming ? m.saving : m.save}
        </button>
        <button
          type="button"
          className="secondary"
          ref={issueRef}
          disabled={busy || confirming}
          aria-expanded={confirming}
          aria-controls={`${id}-confirm`}
          onClick={() => setConfirming(true)}
          data-testid="issue-bulletin"
        >
          {m.issue}
        </button>
      </div>
      {confirming ? (
        <div
          id={`${id}-confirm`}
          className="bulletin-confirm"
          role="alertdialog"
          aria-modal="false"
          aria-labelledby={`${id}-confirm-title`}
          aria-describedby={`${id}-confirm-text`}
          onKeyDown={onDialogKey}
          data-testid="issue-confirm"
        >
          <h3 id={`${id}-confirm-title`}>{m.issueConfirmTitle}</h3>
          <p id={`${id}-confirm-text`}>
            {m.issueConfirm}
            {dirty ? ` ${m.unsavedIssue}` : ""}
          </p>
          <div className="button-row">
            <button type="button" ref={confirmRef} disabled={busy} onClick={issue} data-testid="issue-confirm-yes">
              {busy ? m.issuing : m.issueYes}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={cancel}>
              {m.issueNo}
            </button>
          </div>
        </div>
      ) : null}
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
