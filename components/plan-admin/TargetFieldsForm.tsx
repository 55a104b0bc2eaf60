"use client";
import { useId, useState, type FormEvent } from "react";
import type { z } from "zod";
import type { TargetKind } from "../../graphql/generated/client/graphql";
import { TARGET_KINDS } from "../../lib/domain";
import type { Messages } from "../../lib/i18n/messages";
import { fieldErrors } from "../../lib/validation/progress";
import { newTargetSchema, numberOrNull, targetFieldsSchema, type TargetFields } from "../../lib/validation/plan-edit";
import { describedBy, Field } from "../admin/fields";
import { failure, MONTHS, type Outcome } from "./client-utils";

interface Props {
  /** a target as addTarget takes it: the fields it leaves out start empty */
  initial: z.input<typeof newTargetSchema>;
  sections: { id: string; name: string }[];
  /** offered when the target may move to another area */
  areas?: { id: string; code: string; name: string }[];
  submitLabel: string;
  busyLabel: string;
  t: Messages;
  testId: string;
  onSubmit: (fields: TargetFields & { areaId: string }) => Promise<string | null>;
  onCancel?: () => void;
}

const text = (v: number | string | null | undefined) => (v == null ? "" : String(v));

/**
 * Every editable field of a target, checked with the API's zod schema first (instant Chinese messages next
 * to the fields); the server then checks the plan-wide rules (codes unique, points adding up) and its
 * messages show next to the field they concern, or above the buttons.
 */
export function TargetFieldsForm({ initial, sections, areas, submitLabel, busyLabel, t, testId, onSubmit, onCancel }: Props) {
  const id = useId();
  const p = t.plans;
  const [code, setCode] = useState(initial.code);
  const [title, setTitle] = useState(initial.title);
  const [wording, setWording] = useState(initial.wording);
  const [kind, setKind] = useState<TargetKind>(initial.kind);
  const [measureUnit, setMeasureUnit] = useState(text(initial.measureUnit));
  const [targetValue, setTargetValue] = useState(text(initial.targetValue));
  const [baselineValue, setBaselineValue] = useState(text(initial.baselineValue));
  const [startMonth, setStartMonth] = useState(text(initial.startMonth));
  const [endMonth, setEndMonth] = useState(text(initial.endMonth));
  const [windowText, setWindowText] = useState(text(initial.windowText));
  const [remarks, setRemarks] = useState(text(initial.remarks));
  const [points, setPoints] = useState(text(initial.pointsOverride));
  const [ownerIds, setOwnerIds] = useState<string[]>(initial.ownerIds ?? []);
  const [unassigned, setUnassigned] = useState(initial.unassigned ?? false);
  const [areaId, setAreaId] = useState(initial.areaId);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setOutcome(null);
    const checked = targetFieldsSchema.safeParse({
      code,
      title,
      wording,
      kind,
      measureUnit,
      targetValue: numberOrNull(targetValue),
      baselineValue: numberOrNull(baselineValue),
      startMonth: startMonth === "" ? null : Number(startMonth),
      endMonth: endMonth === "" ? null : Number(endMonth),
      windowText,
      remarks,
      pointsOverride: numberOrNull(points),
      ownerIds: unassigned ? [] : ownerIds,
      unassigned,
    });
    if (!checked.success) {
      setErrors(fieldErrors(checked.error, t));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const done = await onSubmit({ ...checked.data, areaId });
      if (done) setOutcome({ kind: "success", text: done });
    } catch (err) {
      const { fields, text: message } = failure(err);
      setErrors(fields);
      // a message the fields already show is not repeated; one about other targets or the area is
      if (!Object.values(fields).includes(message)) setOutcome({ kind: "error", text: message });
    } finally {
      setBusy(false);
    }
  }

  const f = (field: string) => `${id}-${field}`;
  const toggleOwner = (sectionId: string, on: boolean) =>
    setOwnerIds((list) => (on ? [...list, sectionId] : list.filter((s) => s !== sectionId)));
  return (
    <form className="target-form" onSubmit={submit} noValidate data-testid={testId}>
      <div className="target-form-grid">
        <Field id={f("code")} label={p.code} error={errors.code}>
          <input
            id={f("code")}
            name="code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            aria-invalid={Boolean(errors.code)}
            aria-describedby={describedBy(f("code"), errors.code)}
          />
        </Field>
        <Field id={f("title")} label={p.name} error={errors.title}>
          <input
            id={f("title")}
            name="title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={Boolean(errors.title)}
            aria-describedby={describedBy(f("title"), errors.title)}
          />
        </Field>
        <Field id={f("kind")} label={p.kind} error={errors.kind}>
          <select id={f("kind")} name="kind" value={kind} onChange={(e) => setKind(e.target.value as TargetKind)}>
            {TARGET_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.kind[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={f("targetValue")} label={p.targetValue} error={errors.targetValue}>
          <input
            id={f("targetValue")}
            name="targetValue"
            inputMode="decimal"
            value={targetValue}
            onChange={(e) => setTargetValue(e.target.value)}
            aria-invalid={Boolean(errors.targetValue)}
            aria-describedby={describedBy(f("targetValue"), errors.targetValue)}
          />
        </Field>
        <Field id={f("measureUnit")} label={p.measureUnit} error={errors.measureUnit}>
          <input id={f("measureUnit")} name="measureUnit" value={measureUnit} onChange={(e) => setMeasureUnit(e.target.value)} />
        </Field>
        <Field id={f("baselineValue")} label={p.baseline} error={errors.baselineValue}>
          <input
            id={f("baselineValue")}
            name="baselineValue"
            inputMode="decimal"
            value={baselineValue}
            onChange={(e) => setBaselineValue(e.target.value)}
            aria-invalid={Boolean(errors.baselineValue)}
            aria-describedby={describedBy(f("baselineValue"), errors.baselineValue)}
          />
        </Field>
        <Field id={f("startMonth")} label={p.startMonth} error={errors.startMonth}>
          <select
            id={f("startMonth")}
            name="startMonth"
            value={startMonth}
            onChange={(e) => setStartMonth(e.target.value)}
            aria-invalid={Boolean(errors.startMonth)}
            aria-describedby={describedBy(f("startMonth"), errors.startMonth)}
          >
            <option value="">{p.monthUnset}</option>
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </Field>
        <Field id={f("endMonth")} label={p.endMonth} error={errors.endMonth}>
          <select
            id={f("endMonth")}
            name="endMonth"
            value={endMonth}
            onChange={(e) => setEndMonth(e.target.value)}
            aria-invalid={Boolean(errors.endMonth)}
            aria-describedby={describedBy(f("endMonth"), errors.endMonth)}
          >
            <option value="">{p.monthUnset}</option>
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </Field>
        <Field id={f("windowText")} label={p.windowText} error={errors.windowText}>
          <input id={f("windowText")} name="windowText" value={windowText} onChange={(e) => setWindowText(e.target.value)} />
        </Field>
        <Field id={f("points")} label={p.points} error={errors.pointsOverride} hint={p.pointsHint}>
          <input
            id={f("points")}
            name="pointsOverride"
            inputMode="decimal"
            value={points}
            onChange={(e) => setPoints(e.target.value)}
            aria-invalid={Boolean(errors.pointsOverride)}
            aria-describedby={describedBy(f("points"), errors.pointsOverride, p.pointsHint)}
          />
        </Field>
        {areas ? (
          <Field id={f("area")} label={p.area} error={errors.areaId}>
            <select id={f("area")} name="areaId" value={areaId} onChange={(e) => setAreaId(e.target.value)}>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.code} {a.name}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
      </div>
      <Field id={f("wording")} label={p.wording} error={errors.wording}>
        <textarea
          id={f("wording")}
          name="wording"
          rows={2}
          value={wording}
          onChange={(e) => setWording(e.target.value)}
          aria-invalid={Boolean(errors.wording)}
          aria-describedby={describedBy(f("wording"), errors.wording)}
        />
      </Field>
      <fieldset className="owner-choices" aria-describedby={errors.ownerIds ? f("owners-error") : undefined}>
        <legend>{p.owners}</legend>
        {sections.map((s) => (
          <label key={s.id}>
            <input
              type="checkbox"
              name="owner"
              value={s.id}
              checked={!unassigned && ownerIds.includes(s.id)}
              disabled={unassigned}
              onChange={(e) => toggleOwner(s.id, e.target.checked)}
            />{" "}
            {s.name}
          </label>
        ))}
        <label>
          <input type="checkbox" name="unassigned" checked={unassigned} onChange={(e) => setUnassigned(e.target.checked)} /> {p.unassigned}
        </label>
        {errors.ownerIds ? (
          <span id={f("owners-error")} className="error" role="alert">
            {errors.ownerIds}
          </span>
        ) : null}
      </fieldset>
      <Field id={f("remarks")} label={p.remarks} error={errors.remarks}>
        <input id={f("remarks")} name="remarks" value={remarks} onChange={(e) => setRemarks(e.target.value)} />
      </Field>
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
            {p.cancel}
          </button>
        ) : null}
      </div>
      {outcome ? (
        <p role={outcome.kind === "error" ? "alert" : "status"} className={outcome.kind} style={{ margin: 0 }}>
          {outcome.text}
        </p>
      ) : null}
    </form>
  );
}
