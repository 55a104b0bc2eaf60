"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { numberFromText } from "../../lib/domain/number-text";

const AmendProgressMutation = graphql(`
  mutation AmendProgress($input: AmendProgressInput!) {
    amendProgress(input: $input) {
      entry {
        id
      }
    }
  }
`);

interface Props {
  entryId: string;
  version: number;
  allOrNothing: boolean;
  t: Messages;
}

/** 更正 / 撤回 a report: always a new recorded action with a reason, never an edit in place. */
export function AmendEntryControl({ entryId, version, allOrNothing, t }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [action, setAction] = useState<"CORRECTION" | "WITHDRAWAL">("CORRECTION");
  const [value, setValue] = useState("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {t.entry.amend}
      </button>
    );
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await requestGraphQL(AmendProgressMutation, {
        input: {
          entryId,
          action,
          reason,
          expectedVersion: version,
          value: action === "CORRECTION" ? numberFromText(value) : null,
        },
      });
      setOpen(false);
      router.refresh();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="form-grid amend-form" aria-label={t.entry.amend}>
      <label>
        <input type="radio" name={`action-${entryId}`} checked={action === "CORRECTION"} onChange={() => setAction("CORRECTION")} />{" "}
        {t.entry.correct}
      </label>
      {action === "CORRECTION" ? (
        allOrNothing ? (
          <select aria-label={t.entry.correct} value={value} onChange={(e) => setValue(e.target.value)}>
            <option value="">—</option>
            <option value="1">{t.form.milestoneDone}</option>
            <option value="0">{t.form.milestoneNotDone}</option>
          </select>
        ) : (
          <input aria-label={t.entry.correct} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
        )
      ) : null}
      <label>
        <input type="radio" name={`action-${entryId}`} checked={action === "WITHDRAWAL"} onChange={() => setAction("WITHDRAWAL")} />{" "}
        {t.entry.withdraw}
      </label>
      <label>
        {t.entry.reason}
        <input value={reason} onChange={(e) => setReason(e.target.value)} required />
      </label>
      <div style={{ display: "flex", gap: 8 }}>
        <button type="submit" disabled={busy}>
          {t.entry.confirm}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t.entry.cancel}
        </button>
      </div>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
