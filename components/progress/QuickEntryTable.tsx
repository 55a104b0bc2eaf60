"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type KeyboardEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import type { TargetRowFieldsFragment } from "../../graphql/generated/client/graphql";
import { requestGraphQL } from "../../lib/client/graphql-request";
import { fill, formatDate, formatNumber } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { fieldErrors, progressInputSchema } from "../../lib/validation/progress";
import { NoChangeButton } from "./NoChangeButton";
import { numberFromText } from "../../lib/domain/number-text";
import { joinList } from "../../lib/i18n/render-message";
import { labelled } from "../../lib/i18n/punctuation";

const QuickRecordMutation = graphql(`
  mutation QuickRecordProgress($input: RecordProgressInput!) {
    recordProgress(input: $input) {
      progress {
        status
      }
    }
  }
`);

interface RowState {
  value: string;
  note: string;
  message: { kind: "error" | "success"; text: string } | null;
}

/**
 * "My targets this month": one line per open target with the current figure, so a section head reports
 * the month in one pass. Each line saves on its own (with the version it was shown with), and the same
 * zod rules as the full form give the Chinese messages before anything is sent. Count targets take no typed
 * figure: their line links to the target's 逐项登记. Every line offers 本月无新进展 for a month with nothing new,
 * once: each line lists what the month already holds (figures, items, a confirmation; lib/domain/month-reports.ts).
 */
export function QuickEntryTable({
  rows,
  year,
  reportedFor,
  reports,
  t,
  locale,
}: {
  rows: TargetRowFieldsFragment[];
  year: number;
  reportedFor: string;
  /** what the month already holds, per target (SectionOverview.monthReports) */
  reports: readonly MonthReportLine[];
  t: Messages;
  locale: Locale;
}) {
  const router = useRouter();
  const [state, setState] = useState<Record<string, RowState>>({});
  const get = (id: string): RowState => state[id] ?? { value: "", note: "", message: null };
  const set = (id: string, patch: Partial<RowState>) => setState((s) => ({ ...s, [id]: { ...get(id), ...patch } }));

  async function save(r: TargetRowFieldsFragment) {
    const row = get(r.target.id);
    const input = { value: numberFromText(row.value), reportedFor, note: row.note || null };
    const checked = progressInputSchema({
      kind: r.target.kind,
      planYear: year,
      targetValue: r.target.targetValue ?? null,
      today: new Date().toLocaleDateString("en-CA"),
    }).safeParse(input);
    if (!checked.success)
      return set(r.target.id, { message: { kind: "error", text: joinList(Object.values(fieldErrors(checked.error, t)), t, "semicolon") } });
    try {
      await requestGraphQL(QuickRecordMutation, { input: { targetId: r.target.id, ...input, expectedVersion: r.target.version } });
      set(r.target.id, { value: "", note: "", message: { kind: "success", text: t.form.saved } });
      router.refresh();
    } catch (e) {
      set(r.target.id, { message: { kind: "error", text: e instanceof Error ? e.message : String(e) } });
    }
  }

  // Enter in a line's field saves that line, as a form would (not while an input method is composing: Enter there picks the characters)
  function saveOnEnter(e: KeyboardEvent<HTMLElement>, r: TargetRowFieldsFragment) {
    if (e.key !== "Enter" || e.repeat || e.nativeEvent.isComposing || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    void save(r);
  }

  if (rows.length === 0) return <p className="muted">{t.quick.none}</p>;
  return (
    <table className="data reflow quick-entry" data-testid="quick-entry">
      <thead>
        <tr>
          <th scope="col">{t.table.target}</th>
          <th scope="col" className="num">
            {t.table.latest}
          </th>
          <th scope="col">{t.form.value}</th>
          <th scope="col">{t.form.note}</th>
          <th scope="col">
            <span className="visually-hidden">{t.quick.save}</span>
          </th>
          <th scope="col">
            <span className="visually-hidden">{t.items.noChange}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const row = get(r.target.id);
          const label = `${r.target.code} ${r.target.title}`;
          const allOrNothing = r.target.kind === "MILESTONE" || r.target.kind === "DECLARATION";
          const count = r.target.kind === "COUNT";
          const mine = reports.filter((x) => x.targetId === r.target.id);
          const confirmation = mine.find((x) => x.kind === "NO_CHANGE");
          const noChange =
            r.target.kind === "DECLARATION" ? null : (
              <NoChangeButton
                targetId={r.target.id}
                version={r.target.version}
                reportedFor={reportedFor}
                label={label}
                t={t}
                confirmed={confirmation ? fill(t.monthReports.confirmed, { date: formatDate(confirmation.date, locale) }) : null}
              />
            );
          const labelCell = (
            <td className="cell-title">
              {label}
              <MonthReportList reports={mine} unit={r.target.measureUnit ?? null} t={t} locale={locale} />
            </td>
          );
          if (count) {
            return (
              <tr key={r.target.id} data-testid="quick-row" data-code={r.target.code} data-kind="COUNT">
                {labelCell}
                <td className="num" data-label={t.table.latest}>
                  {r.value ?? "—"} {r.target.measureUnit ?? ""}
                </td>
                <td colSpan={3} className="cell-wide">
                  <Link
                    href={`/targets/${r.target.id}?asOf=${reportedFor}#items-title`}
                    className="button secondary"
                    aria-label={labelled(t.items.goToItems, label, t)}
                  >
                    {t.items.goToItems} →
                  </Link>
                  <div className="muted small">{t.items.noFigure}</div>
                </td>
                <td className="cell-wide">{noChange}</td>
              </tr>
            );
          }
          return (
            <tr key={r.target.id} data-testid="quick-row" data-code={r.target.code}>
              {labelCell}
              <td className="num" data-label={t.table.latest}>
                {r.value ?? "—"} {r.target.measureUnit ?? ""}
              </td>
              <td data-label={t.form.value}>
                {allOrNothing ? (
                  <select
                    aria-label={labelled(t.form.value, label, t)}
                    value={row.value}
                    onChange={(e) => set(r.target.id, { value: e.target.value })}
                    onKeyDown={(e) => saveOnEnter(e, r)}
                  >
                    <option value="">—</option>
                    <option value="1">{t.form.milestoneDone}</option>
                    <option value="0">{t.form.milestoneNotDone}</option>
                  </select>
                ) : (
                  <input
                    aria-label={labelled(t.form.value, label, t)}
                    inputMode="decimal"
                    size={8}
                    value={row.value}
                    onChange={(e) => set(r.target.id, { value: e.target.value })}
                    onKeyDown={(e) => saveOnEnter(e, r)}
                  />
                )}
              </td>
              <td className="cell-wide" data-label={t.form.note}>
                <input
                  aria-label={labelled(t.form.note, label, t)}
                  value={row.note}
                  onChange={(e) => set(r.target.id, { note: e.target.value })}
                  onKeyDown={(e) => saveOnEnter(e, r)}
                />
              </td>
              <td className="cell-save">
                <button type="button" onClick={() => save(r)} aria-label={labelled(t.quick.save, label, t)}>
                  {t.quick.save}
                </button>
                {row.message ? (
                  <div role={row.message.kind === "error" ? "alert" : "status"} className={row.message.kind}>
                    {row.message.text}
                  </div>
                ) : null}
              </td>
              <td className="cell-no-change">{noChange}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export interface MonthReportLine {
  targetId: string;
  kind: "FIGURE" | "ITEM" | "NO_CHANGE";
  date: string;
  value?: number | null;
  name?: string | null;
  checkStatus: string;
  reportedBy: string;
}

/** 本月已报：12月15日 登记“…”（王某，待审核）; or that nothing came yet. */
function MonthReportList({
  reports,
  unit,
  t,
  locale,
}: {
  reports: readonly MonthReportLine[];
  unit: string | null;
  t: Messages;
  locale: Locale;
}) {
  const m = t.monthReports;
  const text = (x: MonthReportLine) => {
    const date = formatDate(x.date, locale);
    const what =
      x.kind === "ITEM"
        ? fill(m.item, { date, name: x.name ?? "" })
        : x.kind === "NO_CHANGE"
          ? fill(m.noChange, { date })
          : fill(m.figure, { date, value: `${formatNumber(x.value, locale, 4)}${unit ? ` ${unit}` : ""}` });
    return what + fill(x.checkStatus === "PENDING" ? m.byPending : m.by, { who: x.reportedBy });
  };
  return (
    <div className="muted small" data-testid="month-reports">
      {reports.length === 0 ? (
        m.none
      ) : (
        <>
          {m.title}
          {reports.map((x, i) => (
            <span key={i} data-kind={x.kind}>
              {i > 0 ? m.separator : ""}
              {text(x)}
            </span>
          ))}
        </>
      )}
    </div>
  );
}
