"use client";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";

const SetFigureChecksMutation = graphql(`
  mutation SetFigureChecks($planId: ID!, $enabled: Boolean!) {
    setFigureChecks(planId: $planId, enabled: $enabled) {
      enabled
    }
  }
`);

/** The plan administrators' switch; turning off while anything waits is refused by the API with the count. */
export function FigureChecksSwitch({ planId, enabled, t }: { planId: string; enabled: boolean; t: Messages }) {
  const c = t.checks;
  const { busy, outcome, run } = useMutationAction();
  return (
    <div className="toolbar no-print" data-testid="checks-switch">
      <button
        type="button"
        className={enabled ? "secondary" : undefined}
        disabled={busy}
        onClick={() =>
          run(() => requestGraphQL(SetFigureChecksMutation, { planId, enabled: !enabled }), enabled ? c.turnedOff : c.turnedOn)
        }
      >
        {enabled ? c.turnOff : c.turnOn}
      </button>
      <OutcomeMessage outcome={outcome} />
    </div>
  );
}
