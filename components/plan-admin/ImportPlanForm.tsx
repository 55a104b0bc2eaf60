"use client";
import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import type { PlanAdminImportPlanMutation } from "../../graphql/generated/client/graphql";
import { requestGraphQL } from "../../lib/client/graphql-request";
import { formatNumber } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { planYearSchema } from "../../lib/validation/plan-edit";
import { describedBy, Field } from "../admin/fields";
import { ProblemsTable } from "../forms/ProblemsTable";
import { failure, fileToBase64, fill } from "./client-utils";
import { numberFromText } from "../../lib/domain/number-text";
import { firstIssue } from "../../lib/validation/progress";

const ImportPlanMutation = graphql(`
  mutation PlanAdminImportPlan($input: ImportPlanInput!) {
    importPlan(input: $input) {
      dryRun
      ok
      fileName
      year
      title
      rowCount
      areaCount
      targetCount
      totalPoints
      problems {
        row
        column
        message
      }
      preview {
        row
        areaCode
        areaName
        code
        title
        kind
        targetValue
        measureUnit
        window
        owners
        points
      }
      plan {
        id
        title
      }
    }
  }
`);

type Result = PlanAdminImportPlanMutation["importPlan"];

/**
 * Upload → 检查 (a dry run: every problem with its row number, nothing written) → 确认导入 (only after a
 * clean check of the same file, year and title). Changing the file or the year asks for a new check.
 */
export function ImportPlanForm({ defaultYear, t, locale }: { defaultYear: number; t: Messages; locale: Locale }) {
  const id = useId();
  const p = t.plans;
  const [year, setYear] = useState(String(defaultYear));
  const [title, setTitle] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState<"check" | "import" | null>(null);

  const reset = () => {
    setResult(null);
    setError(null);
  };

  async function run(dryRun: boolean) {
    setError(null);
    const checked = planYearSchema.safeParse(numberFromText(year));
    const fieldErrs: Record<string, string> = {};
    if (!checked.success) fieldErrs.year = firstIssue(checked.error, t);
    if (!file) fieldErrs.file = p.chooseFile;
    setErrors(fieldErrs);
    if (!checked.success || !file) return;
    setBusy(dryRun ? "check" : "import");
    try {
      const { importPlan } = await requestGraphQL(ImportPlanMutation, {
        input: { year: checked.data, title: title.trim() || null, fileName: file.name, fileBase64: await fileToBase64(file), dryRun },
      });
      setResult(importPlan);
    } catch (err) {
      const { fields, text } = failure(err);
      setErrors(fields);
      if (!Object.values(fields).includes(text)) setError(text);
      if (!dryRun) setResult(null);
    } finally {
      setBusy(null);
    }
  }

  const f = (field: string) => `${id}-${field}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(true);
  };
  return (
    <div data-testid="import-plan">
      <form className="toolbar" onSubmit={submit} noValidate data-testid="import-form">
        <Field id={f("year")} label={p.year} error={errors.year}>
          <input
            id={f("year")}
            name="year"
            inputMode="numeric"
            value={year}
            style={{ width: 90 }}
            onChange={(e) => {
              setYear(e.target.value);
              reset();
            }}
            aria-invalid={Boolean(errors.year)}
            aria-describedby={describedBy(f("year"), errors.year)}
          />
        </Field>
        <Field id={f("title")} label={p.titleOptional}>
          <input
            id={f("title")}
            name="title"
            value={title}
            style={{ minWidth: 300 }}
            onChange={(e) => {
              setTitle(e.target.value);
              reset();
            }}
          />
        </Field>
        <Field id={f("file")} label={p.file} error={errors.file}>
          <input
            id={f("file")}
            name="file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              reset();
            }}
            aria-invalid={Boolean(errors.file)}
            aria-describedby={describedBy(f("file"), errors.file)}
          />
        </Field>
        <button type="submit" disabled={busy !== null}>
          {busy === "check" ? p.checking : p.check}
        </button>
      </form>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {result && result.plan ? (
        <p role="status" className="success" data-testid="import-done">
          {fill(p.imported, { title: result.plan.title })} <Link href={`/plans/${result.plan.id}`}>{p.openPlan}</Link>
          {" · "}
          <Link href={`/plans/${result.plan.id}/edit`}>{p.editLink}</Link>
        </p>
      ) : null}
      {result && !result.plan && !result.ok ? (
        <section aria-labelledby={f("problems")} data-testid="import-problems">
          <p id={f("problems")} role="alert" className="error">
            {fill(p.problemsFound, { n: result.problems.length })}
          </p>
          <ProblemsTable problems={result.problems} labels={p} rowTestId="import-problem" />
        </section>
      ) : null}
      {result && !result.plan && result.ok ? (
        <section data-testid="import-preview">
          <p role="status" className="success">
            {fill(p.checkOk, {
              rows: result.rowCount,
              areas: result.areaCount,
              targets: result.targetCount,
              points: formatNumber(result.totalPoints, locale),
            })}
          </p>
          <p>
            <strong>{result.title}</strong>
          </p>
          <table className="data compact">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {p.row}
                </th>
                <th scope="col">{p.area}</th>
                <th scope="col">{p.code}</th>
                <th scope="col">{p.name}</th>
                <th scope="col">{p.kind}</th>
                <th scope="col" className="num">
                  {p.targetValue}
                </th>
                <th scope="col">{p.window}</th>
                <th scope="col">{p.owners}</th>
                <th scope="col" className="num">
                  {p.points}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.preview.map((r) => (
                <tr key={r.row}>
                  <td className="num">{r.row}</td>
                  <td>
                    {r.areaCode} {r.areaName}
                  </td>
                  <td>{r.code}</td>
                  <td>{r.title}</td>
                  <td>{t.kind[r.kind]}</td>
                  <td className="num">
                    {r.targetValue === null
                      ? "—"
                      : `${formatNumber(r.targetValue, locale)}${r.kind === "GROWTH_PCT" ? "%" : (r.measureUnit ?? "")}`}
                  </td>
                  <td>{r.window}</td>
                  <td>{r.owners}</td>
                  <td className="num">{formatNumber(r.points, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="button-row" style={{ marginTop: 12 }}>
            <button type="button" onClick={() => void run(false)} disabled={busy !== null} data-testid="confirm-import">
              {busy === "import" ? p.importing : p.confirmImport}
            </button>
          </p>
        </section>
      ) : null}
    </div>
  );
}
