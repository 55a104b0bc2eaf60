"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { graphql } from "../../graphql/generated/client";
import type { EditableTargetFieldsFragment, MoveDirection } from "../../graphql/generated/client/graphql";
import { requestGraphQL } from "../../lib/client/graphql-request";
import { formatNumber, formatWindow } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { failure, type Outcome } from "./client-utils";
import { TargetFieldsForm } from "./TargetFieldsForm";
import { listSeparator } from "../../lib/i18n/punctuation";

const UpdateTargetMutation = graphql(`
  mutation PlanAdminUpdateTarget($input: UpdateTargetInput!) {
    updateTarget(input: $input) {
      plan {
        id
      }
    }
  }
`);

const MoveTargetMutation = graphql(`
  mutation PlanAdminMoveTarget($targetId: ID!, $direction: MoveDirection!, $expectedVersion: Int!) {
    moveTarget(targetId: $targetId, direction: $direction, expectedVersion: $expectedVersion) {
      plan {
        id
      }
    }
  }
`);

const RemoveTargetMutation = graphql(`
  mutation PlanAdminRemoveTarget($targetId: ID!, $expectedVersion: Int!) {
    removeTarget(targetId: $targetId, expectedVersion: $expectedVersion) {
      plan {
        id
      }
    }
  }
`);

interface Props {
  target: EditableTargetFieldsFragment;
  sections: { id: string; name: string }[];
  areas: { id: string; code: string; name: string }[];
  isFirst: boolean;
  isLast: boolean;
  canEdit: boolean;
  t: Messages;
  locale: Locale;
}

const COLUMNS = 8;

/** One target in the plan editor: its settings in a row; edit opens the form in place; up, down, remove. */
export function TargetEditRow({ target, sections, areas, isFirst, isLast, canEdit, t, locale }: Props) {
  const router = useRouter();
  const p = t.plans;
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function act(work: () => Promise<unknown>) {
    setBusy(true);
    setOutcome(null);
    try {
      await work();
      router.refresh();
    } catch (err) {
      setOutcome({ kind: "error", text: failure(err).text });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }
  const move = (direction: MoveDirection) =>
    act(() => requestGraphQL(MoveTargetMutation, { targetId: target.id, direction, expectedVersion: target.version }));
  const remove = () => act(() => requestGraphQL(RemoveTargetMutation, { targetId: target.id, expectedVersion: target.version }));

  const windowCell =
    target.startMonth != null && target.endMonth != null ? formatWindow(target.startMonth, target.endMonth, locale) : t.wholeYear;
  const value =
    target.targetValue !== null
      ? `${formatNumber(target.targetValue, locale)}${target.kind === "GROWTH_PCT" ? "%" : (target.measureUnit ?? "")}`
      : "—";

  if (editing) {
    return (
      <tr className="editing-row" data-testid="target-edit-row" data-code={target.code}>
        <td colSpan={COLUMNS}>
          <TargetFieldsForm
            testId="target-edit-form"
            initial={{ ...target, ownerIds: target.owners.map((o) => o.id), unassigned: target.owners.length === 0 }}
            sections={sections}
            areas={areas}
            submitLabel={p.save}
            busyLabel={p.saving}
            t={t}
            onCancel={() => setEditing(false)}
            onSubmit={async (fields) => {
              await requestGraphQL(UpdateTargetMutation, {
                input: { targetId: target.id, expectedVersion: target.version, changes: fields },
              });
              setEditing(false);
              router.refresh();
              return null;
            }}
          />
        </td>
      </tr>
    );
  }

  return (
    <tr data-testid="target-edit-row" data-code={target.code}>
      <td>{target.code}</td>
      <td>
        <strong>{target.title}</strong>
        <div className="muted small plan-quote">{target.wording}</div>
      </td>
      <td>
        {t.kind[target.kind]}
        <div className="small">{value}</div>
      </td>
      <td>
        {windowCell}
        {target.windowText ? <div className="muted small">{target.windowText}</div> : null}
      </td>
      <td>
        {target.owners.length ? (
          target.owners.map((o) => o.name).join(listSeparator(t))
        ) : (
          <span className="unassigned">{t.unassigned}</span>
        )}
      </td>
      <td className="num">
        {formatNumber(target.points, locale)}
        {target.pointsOverride === null ? <div className="muted small">{p.equalShare}</div> : null}
      </td>
      <td className="num">{target.progressCount}</td>
      <td>
        {canEdit ? (
          <div className="button-row">
            <button
              type="button"
              className="small"
              onClick={() => setEditing(true)}
              disabled={busy}
              aria-label={`${p.edit} ${target.code}`}
            >
              {p.edit}
            </button>
            <button
              type="button"
              className="small secondary"
              onClick={() => move("UP")}
              disabled={busy || isFirst}
              aria-label={`${p.moveUp} ${target.code}`}
            >
              ↑ {p.moveUp}
            </button>
            <button
              type="button"
              className="small secondary"
              onClick={() => move("DOWN")}
              disabled={busy || isLast}
              aria-label={`${p.moveDown} ${target.code}`}
            >
              ↓ {p.moveDown}
            </button>
            {confirming ? (
              <>
                <button type="button" className="small danger" onClick={remove} disabled={busy}>
                  {p.confirmRemove}
                </button>
                <button type="button" className="small secondary" onClick={() => setConfirming(false)} disabled={busy}>
                  {p.cancel}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="small secondary"
                onClick={() => setConfirming(true)}
                disabled={busy || target.progressCount > 0 || (isFirst && isLast)}
                title={target.progressCount > 0 ? p.removeBlocked : isFirst && isLast ? p.removeLast : undefined}
                aria-label={`${p.remove} ${target.code}`}
              >
                {p.remove}
              </button>
            )}
          </div>
        ) : null}
        {outcome ? (
          <p role="alert" className="error small" style={{ margin: "4px 0 0" }}>
            {outcome.text}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
