"use client";
import { useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";

const AssignTargetOwnersMutation = graphql(`
  mutation AssignTargetOwners($targetId: ID!, $sectionIds: [ID!]!, $expectedVersion: Int!) {
    assignTargetOwners(targetId: $targetId, sectionIds: $sectionIds, expectedVersion: $expectedVersion) {
      id
      assignedOwnerIds
    }
  }
`);

/** 指定填报科室: the unit's sections as checkboxes, for a target the plan left without an owner (administrators). */
export function AssignOwnersForm({
  targetId,
  version,
  sections,
  assigned,
  t,
}: {
  targetId: string;
  version: number;
  sections: readonly { id: string; name: string }[];
  assigned: readonly string[];
  t: Messages;
}) {
  const [chosen, setChosen] = useState<string[]>([...assigned]);
  const { busy, outcome, run } = useMutationAction();
  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(() => requestGraphQL(AssignTargetOwnersMutation, { targetId, sectionIds: chosen, expectedVersion: version }), t.owners.saved);
  }
  const toggle = (id: string, on: boolean) => setChosen((list) => (on ? [...list, id] : list.filter((x) => x !== id)));
  return (
    <form onSubmit={submit} noValidate data-testid="assign-owners-form">
      <p className="small">{t.owners.intro}</p>
      <fieldset>
        <legend>{t.table.owner}</legend>
        {sections.map((s) => (
          <label key={s.id} style={{ marginRight: 12, display: "inline-flex", gap: 4, whiteSpace: "nowrap" }}>
            <input type="checkbox" checked={chosen.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} /> {s.name}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={busy}>
        {t.owners.submit}
      </button>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
