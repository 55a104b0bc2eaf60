"use client";
import { useRouter } from "next/navigation";
import { Fragment, useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import { formatDate } from "../../lib/i18n/format";
import { CheckState } from "../figure-checks/CheckState";
import type { Locale, Messages } from "../../lib/i18n/messages";
import type { MonthLock } from "../targets/month-locks";
import { CountItemForm } from "./CountItemForm";
import { EvidenceList } from "../progress/EvidenceList";
import { AfterAsOfMark } from "../targets/AfterAsOfMark";
import { OutsideWindowMark } from "./OutsideWindowMark";
import { isAfterAsOf } from "../../lib/domain/as-of";
import { labelled } from "../../lib/i18n/punctuation";

const WithdrawCountItemMutation = graphql(`
  mutation WithdrawCountItem($itemId: ID!, $reason: String!, $expectedVersion: Int!) {
    withdrawCountItem(itemId: $itemId, reason: $reason, expectedVersion: $expectedVersion) {
      item {
        id
        status
      }
    }
  }
`);

export interface CountItemRow {
  id: string;
  name: string;
  date: string;
  section?: { id: string; name: string } | null;
  description?: string | null;
  docNumber?: string | null;
  link?: string | null;
  status: string;
  reason?: string | null;
  /** 数据审核 */
  checkStatus: string;
  checkNote?: string | null;
  isDemo: boolean;
  version: number;
  evidence: { id: string; kind: string; title: string; url?: string | null }[];
  createdBy: { displayName: string };
}

interface Props {
  items: CountItemRow[];
  /** set when the viewer may record: edit and withdraw controls are shown */
  canEdit: boolean;
  year: number;
  sections: { id: string; name: string }[];
  locks: readonly MonthLock[];
  /** the page's as-of day: items dated after it are listed, marked 截至日期后, and counted nowhere on the page */
  asOf?: string;
  /** the target's window: items dated outside it are marked 窗口前 / 窗口后 (they count: lib/domain/count-items.ts) */
  window?: { year: number; startMonth: number; endMonth: number; specified: boolean };
  t: Messages;
  locale: Locale;
}

/**
 * The named items behind a count target, newest first. Withdrawn ones stay listed, struck through, with
 * their reason; writers may correct an item's details or withdraw it (reason required), each with the
 * version the row was shown with.
 */
export function CountItemTable({ items, canEdit, year, sections, locks, asOf, window, t, locale }: Props) {
  const m = t.items;
  const [open, setOpen] = useState<{ id: string; mode: "edit" | "withdraw" } | null>(null);
  if (items.length === 0)
    return (
      <p className="muted" data-testid="items-empty">
        {m.none}
      </p>
    );
  const columns = canEdit ? 9 : 8;
  return (
    <table className="data items-table reflow" data-testid="item-table">
      <thead>
        <tr>
          <th scope="col">{m.dateShort}</th>
          <th scope="col">{m.name}</th>
          <th scope="col">{m.section}</th>
          <th scope="col">{m.docNumber}</th>
          <th scope="col">{m.link}</th>
          <th scope="col">{m.evidence}</th>
          <th scope="col">{m.status}</th>
          <th scope="col">{m.createdBy}</th>
          {canEdit ? (
            <th scope="col" className="no-print">
              {m.actions}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const withdrawn = item.status === "WITHDRAWN";
          const isOpen = open?.id === item.id ? open.mode : null;
          return (
            <Fragment key={item.id}>
              <tr
                data-testid="item-row"
                data-status={item.status}
                data-name={item.name}
                data-after-as-of={asOf && isAfterAsOf(item.date, asOf) ? true : undefined}
                className={withdrawn ? "withdrawn" : undefined}
              >
                <td className="strike" style={{ whiteSpace: "nowrap" }} data-label={m.dateShort}>
                  {formatDate(item.date, locale)}
                  <AfterAsOfMark day={item.date} asOf={asOf} t={t} locale={locale} />
                  <OutsideWindowMark date={item.date} window={window} t={t} locale={locale} />
                </td>
                <td className="cell-title">
                  <span className="strike">{item.name}</span>
                  {item.isDemo ? (
                    <span className="badge status-NOT_STARTED" style={{ marginLeft: 6 }}>
                      {t.target.demo}
                    </span>
                  ) : null}
                  {item.description ? <div className="muted">{item.description}</div> : null}
                </td>
                <td data-label={m.section}>{item.section?.name ?? <span className="muted">—</span>}</td>
                <td className="strike" data-testid="item-doc-number" data-label={m.docNumber}>
                  {item.docNumber ?? <span className="muted">—</span>}
                </td>
                <td className="cell-wide" data-label={m.link}>
                  {item.link ? (
                    <a href={item.link} target="_blank" rel="noreferrer" className="break-all">
                      {item.link}
                    </a>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="cell-wide" data-label={m.evidence}>
                  <EvidenceList evidence={item.evidence} />
                </td>
                <td data-testid="item-status" data-label={m.status}>
                  <span className={`badge ${withdrawn ? "status-OVERDUE" : "status-DONE"}`}>{m[withdrawn ? "WITHDRAWN" : "ACTIVE"]}</span>
                  {withdrawn ? null : <CheckState checkStatus={item.checkStatus} checkNote={item.checkNote} kind="ITEM" t={t} />}
                  {withdrawn && item.reason ? (
                    <div className="muted" data-testid="item-reason">
                      {labelled(t.entry.reasonGiven, item.reason, t)}
                    </div>
                  ) : null}
                </td>
                <td data-label={m.createdBy}>{item.createdBy.displayName}</td>
                {canEdit ? (
                  <td className="no-print cell-wide" style={{ whiteSpace: "nowrap" }}>
                    {!withdrawn ? (
                      <div className="row-actions">
                        <button
                          type="button"
                          className="secondary"
                          aria-expanded={isOpen === "edit"}
                          aria-label={labelled(m.edit, item.name, t)}
                          onClick={() => setOpen(isOpen === "edit" ? null : { id: item.id, mode: "edit" })}
                        >
                          {m.edit}
                        </button>
                        <button
                          type="button"
                          className="secondary"
                          aria-expanded={isOpen === "withdraw"}
                          aria-label={labelled(m.withdraw, item.name, t)}
                          onClick={() => setOpen(isOpen === "withdraw" ? null : { id: item.id, mode: "withdraw" })}
                        >
                          {m.withdraw}
                        </button>
                      </div>
                    ) : null}
                  </td>
                ) : null}
              </tr>
              {isOpen ? (
                <tr className="item-edit-row no-print">
                  <td colSpan={columns}>
                    {isOpen === "edit" ? (
                      <CountItemForm
                        targetId=""
                        year={year}
                        sections={sections}
                        locks={locks}
                        t={t}
                        item={{
                          id: item.id,
                          version: item.version,
                          values: {
                            name: item.name,
                            date: item.date,
                            sectionId: item.section?.id ?? "",
                            docNumber: item.docNumber ?? "",
                            description: item.description ?? "",
                            link: item.link ?? "",
                          },
                        }}
                        window={window}
                        onDone={() => setOpen(null)}
                      />
                    ) : (
                      <WithdrawItemForm item={item} t={t} onDone={() => setOpen(null)} />
                    )}
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

/** 撤回 an item: it stays on record with the reason and stops counting. */
function WithdrawItemForm({ item, t, onDone }: { item: CountItemRow; t: Messages; onDone: () => void }) {
  const m = t.items;
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) return setError(m.reasonRequired);
    setBusy(true);
    setError(null);
    try {
      await requestGraphQL(WithdrawCountItemMutation, { itemId: item.id, reason: reason.trim(), expectedVersion: item.version });
      onDone();
      router.refresh();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="withdraw-form"
      aria-label={labelled(m.withdrawTitle, item.name, t)}
      data-testid="withdraw-form"
    >
      <label>
        {m.withdrawReason}
        <input value={reason} onChange={(e) => setReason(e.target.value)} required aria-invalid={Boolean(error)} size={40} />
      </label>
      <button type="submit" disabled={busy}>
        {m.confirmWithdraw}
      </button>
      <button type="button" className="secondary" onClick={onDone}>
        {m.cancel}
      </button>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
