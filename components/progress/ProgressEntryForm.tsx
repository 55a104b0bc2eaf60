"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import type { TargetKind } from "../../graphql/generated/client/graphql";
import { GraphQLRequestError, requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { attachEvidence } from "../../lib/client/upload-evidence";
import { refuseFile, refuseLink } from "../../lib/validation/evidence";
import { fieldErrors, needsConfirmation, progressInputSchema } from "../../lib/validation/progress";
import { AMOUNT_UNITS, convertAmount, isAmountUnit, type AmountUnit } from "../../lib/domain/amount-units";
import { lockedMonthMessage, type MonthLock } from "../targets/month-locks";
import { DateField } from "../forms/DateField";
import { EvidenceFileInput } from "../forms/EvidenceFileInput";
import { numberFromText } from "../../lib/domain/number-text";
import { renderMessage } from "../../lib/i18n/render-message";
import { aside, listSeparator } from "../../lib/i18n/punctuation";

const RecordProgressMutation = graphql(`
  mutation RecordProgress($input: RecordProgressInput!) {
    recordProgress(input: $input) {
      entry {
        id
        value
        checkStatus
      }
      progress {
        status
        ratio
        target {
          version
        }
      }
    }
  }
`);

interface Props {
  targetId: string;
  kind: TargetKind;
  version: number;
  year: number;
  defaultDate: string;
  measureUnit: string | null;
  targetValue?: number | null;
  /** the plan year's month locks: a date in a locked month is pointed out before submitting */
  locks?: readonly MonthLock[];
  t: Messages;
}

const todayLocal = () => new Date().toLocaleDateString("en-CA");

/**
 * Checks the input with the same zod schema as the API (instant Chinese messages), then submits with the
 * version the page was loaded with, so a concurrent save by someone else surfaces as a conflict.
 */
export function ProgressEntryForm({ targetId, kind, version, year, defaultDate, measureUnit, targetValue = null, locks = [], t }: Props) {
  const router = useRouter();
  const allOrNothing = kind === "MILESTONE" || kind === "DECLARATION";
  const [value, setValue] = useState(allOrNothing ? "1" : "");
  const [reportedFor, setReportedFor] = useState(defaultDate);
  const [note, setNote] = useState("");
  const [links, setLinks] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [askConfirm, setAskConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  // AMOUNT targets in 万元/亿元 may be typed in either unit; the server stores the target's unit
  const amountUnit: AmountUnit | null = kind === "AMOUNT" && isAmountUnit(measureUnit) ? measureUnit : null;
  const [unit, setUnit] = useState<AmountUnit | null>(amountUnit);
  const lockNotice = lockedMonthMessage(reportedFor, year, locks, t);

  async function submit(e: FormEvent, confirmLarge = false) {
    e.preventDefault();
    setMessage(null);
    const input = { value: numberFromText(value), reportedFor, note: note || null, confirmLarge };
    // checked in the target's unit (the 10× rule), sent as typed with its unit
    const inTargetUnit = amountUnit && unit && Number.isFinite(input.value) ? convertAmount(input.value, unit, amountUnit) : input.value;
    const checked = progressInputSchema({ kind, planYear: year, targetValue, today: todayLocal() }).safeParse({
      ...input,
      value: inTargetUnit,
    });
    const linkList = links
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    const evidenceErrors: Record<string, string> = {};
    const badLink = linkList.map(refuseLink).find(Boolean);
    if (badLink) evidenceErrors.links = renderMessage(badLink, t);
    const badFile = files.map((f) => refuseFile(f.name, f.size)).find(Boolean);
    if (badFile) evidenceErrors.files = renderMessage(badFile, t);
    if (!checked.success || Object.keys(evidenceErrors).length > 0) {
      setErrors({ ...(checked.success ? {} : fieldErrors(checked.error, t)), ...evidenceErrors });
      setAskConfirm(!checked.success && needsConfirmation(checked.error));
      return;
    }
    setErrors({});
    setAskConfirm(false);
    setBusy(true);
    try {
      const saved = await requestGraphQL(RecordProgressMutation, {
        input: {
          targetId,
          value: input.value,
          reportedFor,
          note: input.note,
          expectedVersion: version,
          confirmLarge,
          unit: amountUnit ? unit : null,
        },
      });
      const failed = await attachEvidence(saved.recordProgress.entry.id, linkList, files);
      setMessage(
        failed.length
          ? { kind: "error", text: t.form.evidenceFailed + failed.join(listSeparator(t, "semicolon")) }
          : // 数据审核: say it waits for the 考核组 rather than that it counts
            { kind: "success", text: saved.recordProgress.entry.checkStatus === "PENDING" ? t.checks.submitted : t.form.saved },
      );
      setNote("");
      setLinks("");
      setFiles([]);
      router.refresh();
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      if (err instanceof GraphQLRequestError && err.code === "NEEDS_CONFIRMATION") setAskConfirm(true);
      setMessage({ kind: "error", text });
    } finally {
      setBusy(false);
    }
  }

  const describedBy = (field: string) => (errors[field] ? `${field}-error` : undefined);
  return (
    <form className="form-grid" onSubmit={(e) => submit(e)} noValidate data-testid="progress-form">
      {allOrNothing ? (
        <fieldset>
          <legend>{t.form.value}</legend>
          <label>
            <input type="radio" name="value" value="1" checked={value === "1"} onChange={() => setValue("1")} /> {t.form.milestoneDone}
          </label>
          <label>
            <input type="radio" name="value" value="0" checked={value === "0"} onChange={() => setValue("0")} /> {t.form.milestoneNotDone}
          </label>
        </fieldset>
      ) : amountUnit ? (
        <div className="value-with-unit">
          <label>
            {t.form.value}
            <input
              name="value"
              inputMode="decimal"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              aria-invalid={Boolean(errors.value)}
              aria-describedby={describedBy("value")}
              required
            />
          </label>
          <label>
            {t.items.unit}
            <select name="unit" value={unit ?? amountUnit} onChange={(e) => setUnit(e.target.value as AmountUnit)}>
              {AMOUNT_UNITS.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          </label>
          {errors.value ? (
            <span id="value-error" className="error" role="alert">
              {errors.value}
            </span>
          ) : null}
        </div>
      ) : (
        <label>
          {t.form.value}
          {measureUnit ? aside(measureUnit, t) : ""}
          <input
            name="value"
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={Boolean(errors.value)}
            aria-describedby={describedBy("value")}
            required
          />
          {errors.value ? (
            <span id="value-error" className="error" role="alert">
              {errors.value}
            </span>
          ) : null}
        </label>
      )}
      <DateField
        label={t.form.reportedFor}
        name="reportedFor"
        m={t.dateField}
        value={reportedFor}
        onChange={setReportedFor}
        error={errors.reportedFor}
        required
      />
      {lockNotice ? (
        <p className="warning-note" role="status" data-testid="lock-notice">
          {lockNotice}
        </p>
      ) : null}
      <label>
        {t.form.note}
        <textarea name="note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        {errors.note ? (
          <span className="error" role="alert">
            {errors.note}
          </span>
        ) : null}
      </label>
      <label>
        {t.form.evidenceLinks}
        <textarea name="links" rows={2} value={links} onChange={(e) => setLinks(e.target.value)} aria-invalid={Boolean(errors.links)} />
        {errors.links ? (
          <span className="error" role="alert">
            {errors.links}
          </span>
        ) : null}
      </label>
      <label>
        {t.form.evidenceFiles}
        <EvidenceFileInput name="files" files={files} onFiles={setFiles} m={t.fileField} aria-invalid={Boolean(errors.files)} />
        {errors.files ? (
          <span className="error" role="alert">
            {errors.files}
          </span>
        ) : null}
      </label>
      <div style={{ display: "flex", gap: 8 }}>
        <button type="submit" disabled={busy}>
          {busy ? t.form.saving : t.form.submit}
        </button>
        {askConfirm ? (
          <button type="button" className="secondary" disabled={busy} onClick={(e) => submit(e, true)}>
            {t.form.confirmLarge}
          </button>
        ) : null}
      </div>
      {message ? (
        <p role={message.kind === "error" ? "alert" : "status"} className={message.kind}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
