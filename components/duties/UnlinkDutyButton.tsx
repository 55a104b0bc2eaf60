"use client";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";
import { fill } from "../../lib/i18n/format";

const UnlinkTargetDutyMutation = graphql(`
  mutation UnlinkTargetDuty($linkId: ID!) {
    unlinkTargetDuty(linkId: $linkId) {
      id
    }
  }
`);

/** × next to a linked target: removes the link (audited) and refreshes the page. */
export function UnlinkDutyButton({ linkId, code, t }: { linkId: string; code: string; t: Messages }) {
  const { busy, outcome, run } = useMutationAction();
  const label = fill(t.duties.unlink, { code });
  return (
    <>
      <button
        type="button"
        className="link-remove no-print"
        aria-label={label}
        title={label}
        disabled={busy}
        onClick={() => run(() => requestGraphQL(UnlinkTargetDutyMutation, { linkId }))}
      >
        ×
      </button>
      {outcome?.kind === "error" ? <OutcomeMessage outcome={outcome} /> : null}
    </>
  );
}
