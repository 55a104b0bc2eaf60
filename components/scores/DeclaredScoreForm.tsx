"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { fieldErrors } from "../../lib/validation/progress";
import { declaredScoreSchema } from "../../lib/validation/score";
import { numberOrNull } from "../../lib/validation/plan-edit";
import { joinList } from "../../lib/i18n/render-message";

const SetDeclaredScoreMutation = graphql(`
  mutation SetDeclaredScore($input: SetDeclaredScoreInput!) {
    setDeclaredScore(input: $input) {
      version
      finalScore
    }
  }
`);

interface Props {
  targetId: string;
  version: number;
  points: number;
  declaredScore: number | null;
  t: Messages;
}

/** 创新创优: the assessors type the declared score (0 to the target's points); empty withdraws it. */
export function DeclaredScoreForm({ targetId, version, points, declaredScore, t }: Props) {
  const router = useRouter();
  const [value, setValue] = useState(declaredScore === null ? "" : String(declaredScore));
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = { declaredScore: numberOrNull(value) };
    const checked = declaredScoreSchema(points).safeParse(input);
    if (!checked.success) {
      setMessage({ kind: "error", text: joinList(Object.values(fieldErrors(checked.error, t)), t, "semicolon") });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await requestGraphQL(SetDeclaredScoreMutation, {
        input: { targetId, declaredScore: checked.data.declaredScore, expectedVersion: version },
      });
      setMessage({ kind: "success", text: t.score.saved });
      router.refresh();
    } catch (err) {
      setMessage({ kind: "error", text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="score-inline" onSubmit={submit} noValidate data-testid="declared-form">
      <label>
        {t.score.declaredScore}
        <input
          name="declaredScore"
          inputMode="decimal"
          size={6}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={message?.kind === "error"}
        />
      </label>
      <button type="submit" className="small" disabled={busy}>
        {t.score.saveDeclared}
      </button>
      {message ? (
        <span role={message.kind === "error" ? "alert" : "status"} className={message.kind}>
          {message.text}
        </span>
      ) : null}
    </form>
  );
}
