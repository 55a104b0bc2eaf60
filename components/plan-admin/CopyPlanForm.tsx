"use client";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { planYearSchema } from "../../lib/validation/plan-edit";
import { describedBy, Field } from "../admin/fields";
import { failure } from "./client-utils";
import { numberFromText } from "../../lib/domain/number-text";
import { firstIssue } from "../../lib/validation/progress";

const CopyPlanMutation = graphql(`
  mutation PlanAdminCopyPlan($planId: ID!, $year: Int!, $title: String) {
    copyPlan(planId: $planId, year: $year, title: $title) {
      id
      year
      title
    }
  }
`);

/** Next year's plan as a copy of this one; on success the editor of the new plan opens. */
export function CopyPlanForm({ planId, defaultYear, t }: { planId: string; defaultYear: number; t: Messages }) {
  const router = useRouter();
  const id = useId();
  const p = t.plans;
  const [year, setYear] = useState(String(defaultYear));
  const [title, setTitle] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const checked = planYearSchema.safeParse(numberFromText(year));
    if (!checked.success) {
      setErrors({ year: firstIssue(checked.error, t) });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { copyPlan } = await requestGraphQL(CopyPlanMutation, { planId, year: checked.data, title: title.trim() || null });
      router.push(`/plans/${copyPlan.id}/edit`);
    } catch (err) {
      const { fields, text } = failure(err);
      setErrors(fields);
      if (!Object.values(fields).includes(text)) setError(text);
      setBusy(false);
    }
  }

  const f = (field: string) => `${id}-${field}`;
  return (
    <form className="toolbar copy-plan-form" onSubmit={submit} noValidate data-testid="copy-plan-form">
      <Field id={f("year")} label={p.year} error={errors.year}>
        <input
          id={f("year")}
          name="year"
          inputMode="numeric"
          value={year}
          onChange={(e) => setYear(e.target.value)}
          style={{ width: 90 }}
          aria-invalid={Boolean(errors.year)}
          aria-describedby={describedBy(f("year"), errors.year)}
        />
      </Field>
      <Field id={f("title")} label={p.titleOptional} error={errors.title}>
        <input id={f("title")} name="title" value={title} onChange={(e) => setTitle(e.target.value)} style={{ minWidth: 320 }} />
      </Field>
      <button type="submit" disabled={busy}>
        {busy ? p.copying : p.copySubmit}
      </button>
      {error ? (
        <p role="alert" className="error" style={{ margin: 0 }}>
          {error}
        </p>
      ) : null}
    </form>
  );
}
