import { checkAreaWeights, isScoringRule, roundScore, type ScoringRule } from "../../domain";
import { pointsOverrideSchema, scoreFloorSchema } from "../../validation/score";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { findScoreSheet, type ScoreSheetView } from "./find-score-sheet";
import { assertCanScore } from "./score-write";
import { msg, msgList } from "../../i18n/message-text";

/** One target's scoring settings. An omitted field stays as it is; null resets it to the default. */
export interface TargetScoringChange {
  targetId: string;
  /** null: the default rule for the target's kind */
  scoringRule?: ScoringRule | null;
  /** null: the plan's floor */
  scoreFloor?: number | null;
  /** null: an equal share of what the area's other targets leave */
  pointsOverride?: number | null;
}

export interface ConfigureScoringOptions {
  user: SessionUser;
  planId: string;
  /** the plan's floor (0–1); omitted or null leaves it as it is */
  scoreFloor?: number | null;
  targets?: TargetScoringChange[] | null;
}

type Settings = { scoringRule: string | null; scoreFloor: number | null; pointsOverride: number | null };
const FIELDS = ["scoringRule", "scoreFloor", "pointsOverride"] as const;

const bad = (message: string, fields?: Record<string, string>) => new AppError("BAD_USER_INPUT", message, fields ? { fields } : undefined);

/**
 * The assessors set how the plan is scored: the plan's floor, and per target its rule, floor and points.
 * Per-target points must add up to their area's points (lib/domain/scoring.ts checkAreaWeights), checked
 * for every area a change touches; the refusal names the area and both sums. The changes and one audit row
 * with old → new of every changed setting commit together; a call that changes nothing writes nothing.
 */
export async function configureScoring(options: ConfigureScoringOptions): Promise<ScoreSheetView> {
  const { user } = options;
  const plan = await db.plan.findUnique({
    where: { id: options.planId },
    select: {
      id: true,
      unitId: true,
      scoreFloor: true,
      areas: { select: { id: true, name: true, points: true }, orderBy: { sortOrder: "asc" } },
      targets: { select: { id: true, code: true, areaId: true, scoringRule: true, scoreFloor: true, pointsOverride: true } },
    },
  });
  if (!plan) throw notFound("noun.plan");
  assertCanScore(user, plan.unitId);

  let planFloor = plan.scoreFloor;
  if (options.scoreFloor != null) {
    const parsed = scoreFloorSchema.safeParse(options.scoreFloor);
    if (!parsed.success) throw bad(parsed.error.issues[0].message, { scoreFloor: parsed.error.issues[0].message });
    planFloor = parsed.data;
  }

  const byId = new Map(plan.targets.map((t) => [t.id, t]));
  const next = new Map<string, Settings>(
    plan.targets.map((t) => [t.id, { scoringRule: t.scoringRule, scoreFloor: t.scoreFloor, pointsOverride: t.pointsOverride }]),
  );
  const seen = new Set<string>();
  for (const change of options.targets ?? []) {
    const current = byId.get(change.targetId);
    if (!current) throw bad(msg("score.targetNotInPlan"));
    if (seen.has(change.targetId)) throw bad(msg("score.targetRepeated", { code: current.code }));
    seen.add(change.targetId);
    const settings = next.get(change.targetId)!;
    if (change.scoringRule !== undefined) {
      if (change.scoringRule !== null && !isScoringRule(change.scoringRule))
        throw bad(msg("plan.targetProblem", { code: current.code, problem: msg("score.ruleInvalid") }));
      settings.scoringRule = change.scoringRule;
    }
    if (change.scoreFloor !== undefined) {
      const parsed = change.scoreFloor === null ? null : scoreFloorSchema.safeParse(change.scoreFloor);
      if (parsed && !parsed.success)
        throw bad(msg("plan.targetProblem", { code: current.code, problem: parsed.error.issues[0].message }), {
          [`${change.targetId}.scoreFloor`]: parsed.error.issues[0].message,
        });
      settings.scoreFloor = parsed ? parsed.data : null;
    }
    if (change.pointsOverride !== undefined) {
      const parsed = change.pointsOverride === null ? null : pointsOverrideSchema.safeParse(change.pointsOverride);
      if (parsed && !parsed.success)
        throw bad(msg("plan.targetProblem", { code: current.code, problem: parsed.error.issues[0].message }), {
          [`${change.targetId}.pointsOverride`]: parsed.error.issues[0].message,
        });
      settings.pointsOverride = parsed ? parsed.data : null;
    }
  }

  const changed = plan.targets.filter((t) => FIELDS.some((f) => next.get(t.id)![f] !== t[f]));
  const floorChanged = planFloor !== plan.scoreFloor;
  if (changed.length === 0 && !floorChanged) return findScoreSheet({ planId: plan.id });

  // Points must still add up in every area whose targets' points changed.
  const touched = new Set(changed.filter((t) => next.get(t.id)!.pointsOverride !== t.pointsOverride).map((t) => t.areaId));
  const problems = plan.areas
    .filter((a) => touched.has(a.id))
    .map((a) => ({
      area: a,
      check: checkAreaWeights(
        a.points,
        plan.targets.filter((t) => t.areaId === a.id).map((t) => ({ id: t.id, pointsOverride: next.get(t.id)!.pointsOverride })),
      ),
    }))
    .filter((p) => !p.check.ok);
  if (problems.length > 0) {
    const message = msgList(
      problems.map((p) => msg("score.areaSum", { area: p.area.name, sum: roundScore(p.check.sum), points: roundScore(p.area.points) })),
    );
    throw new AppError("BAD_USER_INPUT", message, {
      areas: problems.map((p) => ({ areaId: p.area.id, name: p.area.name, sum: p.check.sum, points: p.area.points })),
    });
  }

  // old → new of exactly the settings that change, per target code
  const diffs = changed.map((t) => {
    const s = next.get(t.id)!;
    const fields = FIELDS.filter((f) => s[f] !== t[f]);
    return {
      code: t.code,
      before: Object.fromEntries(fields.map((f) => [f, t[f]])),
      after: Object.fromEntries(fields.map((f) => [f, s[f]])),
    };
  });
  await db.$transaction(async (tx) => {
    if (floorChanged) await tx.plan.update({ where: { id: plan.id }, data: { scoreFloor: planFloor } });
    for (const t of changed) {
      const s = next.get(t.id)!;
      await tx.target.update({
        where: { id: t.id },
        data: { scoringRule: s.scoringRule, scoreFloor: s.scoreFloor, pointsOverride: s.pointsOverride },
      });
    }
    await writeAudit(tx, {
      userId: user.id,
      action: "CONFIGURE_SCORING",
      entityType: "Plan",
      entityId: plan.id,
      // one target changed: link the row to it so it shows in that target's history too
      targetId: changed.length === 1 && !floorChanged ? changed[0].id : null,
      before: {
        ...(floorChanged ? { scoreFloor: plan.scoreFloor } : {}),
        targets: Object.fromEntries(diffs.map((d) => [d.code, d.before])),
      },
      after: {
        ...(floorChanged ? { scoreFloor: planFloor } : {}),
        targets: Object.fromEntries(diffs.map((d) => [d.code, d.after])),
      },
    });
  });
  return findScoreSheet({ planId: plan.id });
}
