"use client";
import { useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import type { Direction, TargetKind } from "../../graphql/generated/client/graphql";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";
import { parseNumberText } from "../../lib/domain/number-text";

const SetThresholdsMutation = graphql(`
  mutation SetTargetThresholds($input: SetThresholdsInput!) {
    setTargetThresholds(input: $input) {
      band
      target {
        id
        greenAt
        amberAt
        direction
        version
      }
    }
  }
`);

interface Props {
  targetId: string;
  kind: TargetKind;
  version: number;
  greenAt: number | null;
  amberAt: number | null;
  direction: Direction;
  t: Messages;
}

/** Shares (1 = 100%) are typed as percentages. */
const toPercent = (share: number | null) => (share == null ? "" : String(Math.round(share * 1e6) / 1e4));
const toShare = (text: string): number | null | "invalid" => {
  const n = parseNumberText(text);
  return typeof n === "number" ? n / 100 : n;
};

/** 管理员: a target's own colour bands and direction; both limits empty = the plan's margin rule. */
export function ThresholdsForm({ targetId, kind, version, greenAt, amberAt, direction, t }: Props) {
  const m = t.thresholds;
  const [green, setGreen] = useState(toPercent(greenAt));
  const [amber, setAmber] = useState(toPercent(amberAt));
  const [dir, setDir] = useState<Direction>(direction);
  const { busy, outcome, setOutcome, run } = useMutationAction();
  const capAllowed = kind === "COUNT" || kind === "AMOUNT";

  async function submit(e: FormEvent) {
    e.preventDefault();
    setOutcome(null);
    const g = toShare(green);
    const a = toShare(amber);
    if (g === "invalid" || a === "invalid") return setOutcome({ kind: "error", text: m.invalid });
    await run(
      () =>
        requestGraphQL(SetThresholdsMutation, { input: { targetId, greenAt: g, amberAt: a, direction: dir, expectedVersion: version } }),
      m.saved,
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form-grid" data-testid="thresholds-form" aria-label={m.title}>
      <p className="muted" style={{ margin: 0 }}>
        {m.hint}
      </p>
      <div className="inline-fields">
        <label>
          {m.greenAt}
          <input inputMode="decimal" size={6} value={green} onChange={(e) => setGreen(e.target.value)} />
        </label>
        <label>
          {m.amberAt}
          <input inputMode="decimal" size={6} value={amber} onChange={(e) => setAmber(e.target.value)} />
        </label>
        <label>
          {m.direction}
          <select value={dir} onChange={(e) => setDir(e.target.value as Direction)}>
            <option value="HIGHER_IS_BETTER">{t.direction.HIGHER_IS_BETTER}</option>
            {capAllowed || dir === "LOWER_IS_BETTER" ? <option value="LOWER_IS_BETTER">{t.direction.LOWER_IS_BETTER}</option> : null}
          </select>
        </label>
      </div>
      <div>
        <button type="submit" disabled={busy}>
          {m.save}
        </button>
      </div>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
