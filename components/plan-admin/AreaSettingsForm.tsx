"use client";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import type { AreaCategory } from "../../graphql/generated/client/graphql";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { fieldErrors } from "../../lib/validation/progress";
import { areaFieldsSchema, numberOrNull } from "../../lib/validation/plan-edit";
import { describedBy, Field } from "../admin/fields";
import { failure, type Outcome } from "./client-utils";
import { msg } from "../../lib/i18n/message-text";
import { renderMessage } from "../../lib/i18n/render-message";

const UpdateAreaMutation = graphql(`
  mutation PlanAdminUpdateArea($input: UpdateAreaInput!) {
    updateArea(input: $input) {
      plan {
        id
      }
    }
  }
`);

interface Props {
  area: { id: string; code: string; name: string; category: AreaCategory; points: number };
  targets: { id: string; code: string; title: string; pointsOverride?: number | null; version: number }[];
  t: Messages;
}

/**
 * An area's code, name, category and points, with its targets' points in the same step: moving from one
 * valid split to another (60/40 → 50/50) cannot pass through an invalid one.
 */
export function AreaSettingsForm({ area, targets, t }: Props) {
  const router = useRouter();
  const id = useId();
  const p = t.plans;
  const [code, setCode] = useState(area.code);
  const [name, setName] = useState(area.name);
  const [category, setCategory] = useState<AreaCategory>(area.category);
  const [points, setPoints] = useState(String(area.points));
  const [targetPoints, setTargetPoints] = useState<Record<string, string>>(
    Object.fromEntries(targets.map((tg) => [tg.id, tg.pointsOverride == null ? "" : String(tg.pointsOverride)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setOutcome(null);
    const checked = areaFieldsSchema.safeParse({ code, name, category, points: numberOrNull(points) ?? Number.NaN });
    const bad = targets.filter(
      (tg) => Number.isNaN(numberOrNull(targetPoints[tg.id]) ?? 0) || (numberOrNull(targetPoints[tg.id]) ?? 0) < 0,
    );
    if (!checked.success || bad.length > 0) {
      setErrors({
        ...(checked.success ? {} : fieldErrors(checked.error, t)),
        ...Object.fromEntries(
          bad.map((tg) => [
            `points.${tg.id}`,
            renderMessage(msg("plan.targetProblem", { code: tg.code, problem: msg("points.negative") }), t),
          ]),
        ),
      });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await requestGraphQL(UpdateAreaMutation, {
        input: {
          areaId: area.id,
          ...checked.data,
          targetPoints: targets.map((tg) => ({
            targetId: tg.id,
            pointsOverride: numberOrNull(targetPoints[tg.id]),
            expectedVersion: tg.version,
          })),
        },
      });
      setOutcome({ kind: "success", text: p.saved });
      router.refresh();
    } catch (err) {
      const { fields, text } = failure(err);
      setErrors(fields);
      setOutcome({ kind: "error", text });
    } finally {
      setBusy(false);
    }
  }

  const f = (field: string) => `${id}-${field}`;
  return (
    <form className="target-form" onSubmit={submit} noValidate data-testid="area-form">
      <div className="target-form-grid">
        <Field id={f("code")} label={p.areaCode} error={errors.code}>
          <input
            id={f("code")}
            name="code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            aria-describedby={describedBy(f("code"), errors.code)}
          />
        </Field>
        <Field id={f("name")} label={p.areaName} error={errors.name}>
          <input
            id={f("name")}
            name="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-describedby={describedBy(f("name"), errors.name)}
          />
        </Field>
        <Field id={f("category")} label={p.areaCategory} error={errors.category}>
          <select id={f("category")} name="category" value={category} onChange={(e) => setCategory(e.target.value as AreaCategory)}>
            <option value="WORK">{t.category.WORK}</option>
            <option value="FUNDING">{t.category.FUNDING}</option>
          </select>
        </Field>
        <Field id={f("points")} label={p.areaPoints} error={errors.points}>
          <input
            id={f("points")}
            name="points"
            inputMode="decimal"
            value={points}
            onChange={(e) => setPoints(e.target.value)}
            aria-invalid={Boolean(errors.points)}
            aria-describedby={describedBy(f("points"), errors.points)}
          />
        </Field>
      </div>
      <fieldset className="points-grid">
        <legend>{p.targetPoints}</legend>
        {targets.map((tg) => (
          <Field key={tg.id} id={f(`tp-${tg.id}`)} label={`${tg.code} ${tg.title}`} error={errors[`points.${tg.id}`]}>
            <input
              id={f(`tp-${tg.id}`)}
              inputMode="decimal"
              placeholder={p.equalShare}
              value={targetPoints[tg.id]}
              onChange={(e) => setTargetPoints((all) => ({ ...all, [tg.id]: e.target.value }))}
            />
          </Field>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {busy ? p.saving : p.saveArea}
        </button>
      </div>
      {outcome ? (
        <p role={outcome.kind === "error" ? "alert" : "status"} className={outcome.kind} style={{ margin: 0 }}>
          {outcome.text}
        </p>
      ) : null}
    </form>
  );
}
