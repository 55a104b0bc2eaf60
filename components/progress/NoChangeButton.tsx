"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";

const ConfirmNoChangeMutation = graphql(`
  mutation ConfirmNoChange($input: ConfirmNoChangeInput!) {
    confirmNoChange(input: $input) {
      entry {
        id
        action
      }
      progress {
        target {
          version
        }
      }
    }
  }
`);

interface Props {
  targetId: string;
  /** the target version the page was loaded with */
  version: number;
  /** a day of the month the confirmation is for */
  reportedFor: string;
  t: Messages;
  /** "二.(一).3.(3) 市级工程技术研究中心": names the button in a list of targets */
  label?: string;
  /** shown before the button (the month it is for) */
  hint?: string;
}

/** 本月无新进展: the month's update when nothing changed; never a figure. The server's message on refusal. */
export function NoChangeButton({ targetId, version, reportedFor, t, label, hint }: Props) {
  const m = t.reporting.items;
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  async function confirm() {
    setBusy(true);
    setMessage(null);
    try {
      await requestGraphQL(ConfirmNoChangeMutation, { input: { targetId, reportedFor, expectedVersion: version } });
      setMessage({ kind: "success", text: m.noChangeSaved });
      router.refresh();
    } catch (err) {
      setMessage({ kind: "error", text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="no-change" data-testid="no-change">
      {hint ? <span className="muted">{hint}</span> : null}
      <button type="button" className="secondary" disabled={busy} onClick={confirm} aria-label={label ? `${m.noChange}：${label}` : undefined}>
        {m.noChange}
      </button>
      {message ? (
        <div role={message.kind === "error" ? "alert" : "status"} className={message.kind}>
          {message.text}
        </div>
      ) : null}
    </div>
  );
}
