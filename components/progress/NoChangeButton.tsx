"use client";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";
import { labelled } from "../../lib/i18n/punctuation";

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
  /** the month already has a standing 本月无新进展 (lib/domain/month-reports.ts): this says so instead of the button */
  confirmed?: string | null;
}

/**
 * 本月无新进展: the month's update when nothing changed; never a figure. The server's message on refusal. Once a
 * confirmation stands for the month the button gives way to `confirmed` (the server refuses a second one).
 */
export function NoChangeButton({ targetId, version, reportedFor, t, label, hint, confirmed }: Props) {
  const m = t.items;
  const { busy, outcome, run } = useMutationAction();
  const confirm = () =>
    run(() => requestGraphQL(ConfirmNoChangeMutation, { input: { targetId, reportedFor, expectedVersion: version } }), m.noChangeSaved);

  return (
    <div className="no-change" data-testid="no-change">
      {confirmed ? (
        <span className="muted" data-testid="no-change-confirmed">
          {confirmed}
        </span>
      ) : (
        <>
          {hint ? <span className="muted">{hint}</span> : null}
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={confirm}
            aria-label={label ? labelled(m.noChange, label, t) : undefined}
          >
            {m.noChange}
          </button>
        </>
      )}
      <OutcomeMessage outcome={outcome} />
    </div>
  );
}
