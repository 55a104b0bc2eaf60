"use client";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";
import { fill } from "../../lib/i18n/format";
import { aside } from "../../lib/i18n/punctuation";

const LinkTargetDutyMutation = graphql(`
  mutation LinkTargetDuty($input: LinkTargetDutyInput!) {
    linkTargetDuty(input: $input) {
      id
      target {
        code
      }
    }
  }
`);

interface Props {
  duties: { id: string; seq: number; text: string; items: { id: string; seq: number; text: string }[] }[];
  targets: { id: string; code: string; title: string; planYear: number }[];
  t: Messages;
}

const short = (text: string, n = 36) => (text.length > n ? `${text.slice(0, n)}…` : text);

/**
 * 关联绩效指标 (administrators): a duty or one of its work items, and a target of the unit's plans. The
 * server checks the same unit and refuses a link that exists already.
 */
export function LinkTargetForm({ duties, targets, t }: Props) {
  const id = useId();
  const [place, setPlace] = useState("");
  const [targetId, setTargetId] = useState("");
  const { busy, outcome, setOutcome, run } = useMutationAction();
  const years = new Set(targets.map((x) => x.planYear));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!place) return setOutcome({ kind: "error", text: t.duties.chooseDuty });
    if (!targetId) return setOutcome({ kind: "error", text: t.duties.chooseTarget });
    const [dutyId, workItemId] = place.split(":");
    const code = targets.find((x) => x.id === targetId)?.code ?? "";
    const ok = await run(
      () => requestGraphQL(LinkTargetDutyMutation, { input: { targetId, dutyId, workItemId: workItemId || null } }),
      fill(t.duties.linked, { code }),
    );
    if (ok) setTargetId("");
  }

  return (
    <form onSubmit={submit} noValidate className="link-form" data-testid="link-target-form">
      <label htmlFor={`${id}-place`}>{t.duties.linkDuty}</label>
      <select id={`${id}-place`} value={place} onChange={(e) => setPlace(e.target.value)}>
        <option value="">{t.duties.chooseDuty}</option>
        {duties.map((d) => (
          <optgroup key={d.id} label={`${d.seq}. ${short(d.text, 30)}`}>
            <option value={d.id}>{`${fill(t.duties.dutyN, { seq: String(d.seq) })}${aside(t.duties.wholeDuty, t)}`}</option>
            {d.items.map((i) => (
              <option key={i.id} value={`${d.id}:${i.id}`}>{`${d.seq}.${i.seq} ${short(i.text)}`}</option>
            ))}
          </optgroup>
        ))}
      </select>
      <label htmlFor={`${id}-target`}>{t.duties.linkTarget}</label>
      <select id={`${id}-target`} value={targetId} onChange={(e) => setTargetId(e.target.value)}>
        <option value="">{t.duties.chooseTarget}</option>
        {targets.map((x) => (
          <option key={x.id} value={x.id}>{`${years.size > 1 ? `${x.planYear} ` : ""}${x.code} ${x.title}`}</option>
        ))}
      </select>
      <div>
        <button type="submit" disabled={busy}>
          {busy ? t.duties.linking : t.duties.linkSubmit}
        </button>
      </div>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
