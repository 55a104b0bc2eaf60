"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import type { ScoringRule, TargetKind } from "../../graphql/generated/client/graphql";
import { requestGraphQL } from "../../lib/client/graphql-request";
import { checkAreaWeights, defaultScoringRule, roundScore, SCORING_RULES } from "../../lib/domain";
import type { Messages } from "../../lib/i18n/messages";
import { pointsOverrideSchema, scoreFloorSchema } from "../../lib/validation/score";
import { numberOrNull } from "../../lib/validation/plan-edit";
import { msg } from "../../lib/i18n/message-text";
import { joinList, renderMessage } from "../../lib/i18n/render-message";
import { firstIssue } from "../../lib/validation/progress";
import { aside } from "../../lib/i18n/punctuation";

const ConfigureScoringMutation = graphql(`
  mutation ConfigureScoring($input: ConfigureScoringInput!) {
    configureScoring(input: $input) {
      scoreFloor
    }
  }
`);

export interface ConfigTarget {
  id: string;
  code: string;
  title: string;
  kind: TargetKind;
  configuredRule: ScoringRule | null;
  configuredFloor: number | null;
  pointsOverride: number | null;
}

export interface ConfigArea {
  id: string;
  name: string;
  points: number;
  targets: ConfigTarget[];
}

interface Props {
  planId: string;
  scoreFloor: number;
  areas: ConfigArea[];
  t: Messages;
}

/** Floors are edited in % (60), stored as shares (0.6). */
const toPercentText = (v: number | null) => (v === null ? "" : String(roundScore(v * 100)));
const toText = (v: number | null) => (v === null ? "" : String(v));
const parse = numberOrNull;

type Draft = { rule: string; floor: string; points: string };

/**
 * 计分设置: the plan's floor, and per target its rule, floor and points. Only what changed is sent; the sum
 * of each area's points is shown as it is typed (the API refuses areas that do not add up).
 */
export function ScoringConfigPanel({ planId, scoreFloor, areas, t }: Props) {
  const router = useRouter();
  const initial = Object.fromEntries(
    areas
      .flatMap((a) => a.targets)
      .map((x) => [x.id, { rule: x.configuredRule ?? "", floor: toPercentText(x.configuredFloor), points: toText(x.pointsOverride) }]),
  ) as Record<string, Draft>;
  const [planFloor, setPlanFloor] = useState(toPercentText(scoreFloor));
  const [drafts, setDrafts] = useState(initial);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (id: string, field: keyof Draft, value: string) => setDrafts((d) => ({ ...d, [id]: { ...d[id], [field]: value } }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    // Checked here with the API's schemas: a mistyped number must never travel as JSON null (= reset).
    const problems: string[] = [];
    /** 2.(1)：保底完成度应在 … / 2.(1): Minimum completion must be …; the plan's own floor has no code */
    const codeProblem = (code: string, problem: string) => renderMessage(code ? msg("plan.targetProblem", { code, problem }) : problem, t);
    const floorOf = (text: string, code: string) => {
      const v = parse(text);
      if (v === null) return null;
      const r = scoreFloorSchema.safeParse(v / 100);
      if (!r.success) problems.push(codeProblem(code, r.error.issues[0].message));
      return v / 100;
    };
    const pointsOf = (text: string, code: string) => {
      const v = parse(text);
      if (v === null) return null;
      const r = pointsOverrideSchema.safeParse(v);
      if (!r.success) problems.push(codeProblem(code, r.error.issues[0].message));
      return v;
    };
    const codeOf = new Map(areas.flatMap((a) => a.targets).map((x) => [x.id, x.code]));
    const targets = Object.entries(drafts)
      .map(([targetId, d]) => {
        const change: { targetId: string; scoringRule?: ScoringRule | null; scoreFloor?: number | null; pointsOverride?: number | null } = {
          targetId,
        };
        if (d.rule !== initial[targetId].rule) change.scoringRule = (d.rule || null) as ScoringRule | null;
        if (d.floor !== initial[targetId].floor) change.scoreFloor = floorOf(d.floor, codeOf.get(targetId)!);
        if (d.points !== initial[targetId].points) change.pointsOverride = pointsOf(d.points, codeOf.get(targetId)!);
        return change;
      })
      .filter((c) => Object.keys(c).length > 1);
    const floorChanged = planFloor !== toPercentText(scoreFloor);
    const floor = floorChanged ? floorOf(planFloor, "") : null;
    if (floorChanged && floor === null) problems.push(firstIssue(scoreFloorSchema.safeParse(Number.NaN).error!, t));
    if (problems.length > 0) {
      setMessage({ kind: "error", text: joinList(problems, t, "semicolon") });
      return;
    }
    if (targets.length === 0 && !floorChanged) {
      setMessage({ kind: "success", text: t.score.config.nothing });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await requestGraphQL(ConfigureScoringMutation, {
        input: { planId, scoreFloor: floor, targets },
      });
      setMessage({ kind: "success", text: t.score.config.saved });
      router.refresh();
    } catch (err) {
      setMessage({ kind: "error", text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="panel no-print score-config" data-testid="scoring-config">
      <summary>{t.score.config.title}</summary>
      <p className="muted small">{t.score.config.hint}</p>
      <form onSubmit={submit} noValidate>
        <label className="inline-label">
          {t.score.config.planFloor}
          <input name="planFloor" inputMode="decimal" size={5} value={planFloor} onChange={(e) => setPlanFloor(e.target.value)} />
        </label>
        <table className="data compact">
          <thead>
            <tr>
              <th scope="col">{t.score.col.code}</th>
              <th scope="col">{t.score.col.target}</th>
              <th scope="col">{t.score.config.rule}</th>
              <th scope="col">{t.score.config.floor}</th>
              <th scope="col">{t.score.config.points}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((a) => {
              const check = checkAreaWeights(
                a.points,
                a.targets.map((x) => ({ id: x.id, pointsOverride: parse(drafts[x.id].points) })),
              );
              return [
                <tr className="area-row" key={`area-${a.id}`}>
                  <td colSpan={5}>
                    {a.name}
                    {aside(a.points, t)}
                    <span className={check.ok ? "muted" : "warning"}>
                      {" "}
                      {t.score.config.points} Σ {roundScore(check.sum)} / {a.points}
                    </span>
                  </td>
                </tr>,
                ...a.targets.map((x) => (
                  <tr key={x.id}>
                    <td>{x.code}</td>
                    <td>{x.title}</td>
                    <td>
                      <select
                        aria-label={`${x.code} ${t.score.config.rule}`}
                        value={drafts[x.id].rule}
                        onChange={(e) => set(x.id, "rule", e.target.value)}
                      >
                        <option value="">
                          {t.score.config.byDefault}
                          {aside(t.score.rule[defaultScoringRule(x.kind)], t)}
                        </option>
                        {SCORING_RULES.map((r) => (
                          <option key={r} value={r}>
                            {t.score.rule[r]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        aria-label={`${x.code} ${t.score.config.floor}`}
                        inputMode="decimal"
                        size={8}
                        placeholder={t.score.config.planDefault}
                        value={drafts[x.id].floor}
                        onChange={(e) => set(x.id, "floor", e.target.value)}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`${x.code} ${t.score.config.points}`}
                        inputMode="decimal"
                        size={8}
                        placeholder={t.score.config.equalShare}
                        value={drafts[x.id].points}
                        onChange={(e) => set(x.id, "points", e.target.value)}
                      />
                    </td>
                  </tr>
                )),
              ];
            })}
          </tbody>
        </table>
        <div className="button-row">
          <button type="submit" disabled={busy}>
            {t.score.config.save}
          </button>
          {message ? (
            <span role={message.kind === "error" ? "alert" : "status"} className={message.kind}>
              {message.text}
            </span>
          ) : null}
        </div>
      </form>
    </details>
  );
}
