"use client";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { fill, formatDate, formatMonth, formatNumber } from "../../lib/i18n/format";
import type { SheetProblem } from "../../lib/domain/sheet-cells";
import type { Locale, Messages } from "../../lib/i18n/messages";
import type { MonthSheetResultView } from "../../lib/server/progress/import-month-sheet";
import { ProblemsTable } from "../forms/ProblemsTable";

type Problem = SheetProblem;
type SheetResult = Pick<MonthSheetResultView, "dryRun" | "ok" | "rows" | "skipped" | "problems" | "written">;

/** What the route answers: the result, or `{ error: { message, problems? } }` (a refused import lists its rows too). */
async function send(url: string, file: File, t: Messages): Promise<SheetResult> {
  const body = new FormData();
  body.append("file", file);
  const res = await fetch(url, { method: "POST", body, credentials: "same-origin" });
  // a reverse proxy refusing a large body answers with its own page, not the route's JSON
  const answer = (await res.json().catch(() => null)) as (SheetResult & { error?: { message?: string; problems?: Problem[] } }) | null;
  if (res.ok && answer && !answer.error) return answer;
  if (answer?.error?.problems?.length)
    return { dryRun: false, ok: false, rows: [], skipped: 0, problems: answer.error.problems, written: 0 };
  throw new Error(answer?.error?.message ?? (res.status === 413 ? t.monthSheet.tooLarge : `HTTP ${res.status}`));
}

/**
 * 本月填报表: pick a month, download its sheet, upload it filled in → 检查 (a dry run: each problem with its row
 * number, or how many rows can be imported) → 导入, enabled only after a clean check of this very file and
 * month (choosing another file or month asks for a new check). The server reads the file itself both times.
 */
export function MonthSheetPanel({
  sectionId,
  year,
  defaultMonth,
  latestMonth,
  t,
  locale,
}: {
  sectionId: string;
  year: number;
  defaultMonth: number;
  /** the last month that has begun (no sheet for a later one) */
  latestMonth: number;
  t: Messages;
  locale: Locale;
}) {
  const m = t.monthSheet;
  const id = useId();
  const router = useRouter();
  const [month, setMonth] = useState(Math.min(defaultMonth, latestMonth));
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<"check" | "import" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<SheetResult | null>(null);
  const ym = `${year}-${String(month).padStart(2, "0")}`;
  const base = `/api/sections/${encodeURIComponent(sectionId)}/month-sheet?month=${ym}`;
  const checkedClean = result !== null && result.dryRun && result.ok && result.rows.length > 0;
  const reset = () => {
    setResult(null);
    setError(null);
  };

  async function run(dryRun: boolean) {
    if (!file) return setError(m.chooseFile);
    setBusy(dryRun ? "check" : "import");
    setError(null);
    try {
      const answer = await send(dryRun ? `${base}&dryRun=1` : base, file, t);
      setResult(answer);
      if (!dryRun && answer.written > 0) router.refresh();
    } catch (e) {
      setResult(null);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }

  const check = (e: FormEvent) => {
    e.preventDefault();
    void run(true);
  };
  const months = Array.from({ length: latestMonth }, (_, i) => i + 1);
  return (
    <section className="panel no-print" aria-labelledby={`${id}-title`} data-testid="month-sheet">
      <h2 id={`${id}-title`}>{m.title}</h2>
      <p className="muted">{m.hint}</p>
      <div className="toolbar">
        <label htmlFor={`${id}-month`}>
          {m.month}
          <select
            id={`${id}-month`}
            value={month}
            onChange={(e) => {
              setMonth(Number(e.target.value));
              reset();
            }}
          >
            {months.map((n) => (
              <option key={n} value={n}>
                {fill(m.monthOption, { year, month: formatMonth(n, t, "long") })}
              </option>
            ))}
          </select>
        </label>
        <a className="button secondary" href={base} download data-testid="month-sheet-download">
          {m.download}
          <span className="visually-hidden">{fill(m.downloadMonth, { year, month: formatMonth(month, t, "long") })}</span>
        </a>
      </div>
      <form className="toolbar" onSubmit={check} noValidate>
        <label htmlFor={`${id}-file`}>
          {m.file}
          <input
            id={`${id}-file`}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              reset();
            }}
          />
        </label>
        <button type="submit" disabled={busy !== null} data-testid="month-sheet-check">
          {busy === "check" ? m.checking : m.check}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy !== null || !checkedClean}
          aria-describedby={checkedClean ? undefined : `${id}-import-hint`}
          onClick={() => void run(false)}
          data-testid="month-sheet-import"
        >
          {busy === "import" ? m.importing : m.import}
        </button>
        {checkedClean ? null : (
          <span id={`${id}-import-hint`} className="muted small">
            {m.importHint}
          </span>
        )}
      </form>
      {error ? (
        <p role="alert" className="error" data-testid="month-sheet-error">
          {error}
        </p>
      ) : null}
      {result && !result.ok ? (
        <div data-testid="month-sheet-problems">
          <p role="alert" className="error">
            {fill(m.problems, { n: result.problems.length })}
          </p>
          <ProblemsTable problems={result.problems} labels={m} rowTestId="month-sheet-problem" />
        </div>
      ) : null}
      {result && result.ok ? (
        <div data-testid="month-sheet-result">
          <p role="status" className="success">
            {result.dryRun
              ? result.rows.length
                ? fill(m.ready, { n: result.rows.length })
                : m.nothing
              : fill(m.imported, { n: result.written })}{" "}
            {result.skipped ? fill(m.skipped, { n: result.skipped }) : null}
          </p>
          {result.rows.length ? (
            <div className="table-scroll">
              <table className="data compact">
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {m.row}
                    </th>
                    <th scope="col">{m.target}</th>
                    <th scope="col" className="num">
                      {m.value}
                    </th>
                    <th scope="col">{m.reportedFor}</th>
                    <th scope="col">{m.link}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((r) => (
                    <tr key={r.row} data-testid="month-sheet-row" data-code={r.code}>
                      <td className="num">{r.row}</td>
                      <td>
                        {r.code} {r.title}
                      </td>
                      <td className="num">
                        {formatNumber(r.value, locale, 4)} {r.measureUnit ?? ""}
                        {r.enteredUnit ? fill(m.entered, { value: formatNumber(r.enteredValue, locale, 4), unit: r.enteredUnit }) : null}
                      </td>
                      <td>{formatDate(r.reportedFor, locale)}</td>
                      <td style={{ overflowWrap: "anywhere" }}>{r.link ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
