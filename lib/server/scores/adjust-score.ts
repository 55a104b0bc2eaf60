import { adjustmentNeedsReason, finalScore, roundScore } from "../../domain";
import { adjustScoreSchema } from "../../validation/score";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import type { ScoreRowView } from "./find-score-sheet";
import { assertCurrent, inVersionedTransaction } from "../concurrency/versioned-write";
import { badInput, findScorableTarget, writeScoreEntry, yearEndScoreRow } from "./score-write";
import { msg } from "../../i18n/message-text";

export interface AdjustScoreOptions {
  user: SessionUser;
  targetId: string;
  /** the final score the assessors set; null clears the adjustment (the computed score counts again) */
  adjustedScore: number | null;
  reason?: string | null;
  /** the score entry's version the form was loaded with (0 = none yet) */
  expectedVersion: number;
}

/**
 * The assessors set a target's final score. It is checked against the score computed at 31 December of the
 * plan year: a final score that differs from it (as displayed, two decimals) needs a written reason, and so
 * does clearing an adjustment; 0 to the target's points. Every refusal writes nothing. The adjustment,
 * version bump and the audit row (old → new, with the reason) commit together.
 */
export async function adjustScore(options: AdjustScoreOptions): Promise<ScoreRowView> {
  const { user } = options;
  const target = await findScorableTarget(user, options.targetId);
  const row = await yearEndScoreRow(target.planId, target.plan.year, target.id);
  const claim = { kind: "score", id: target.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, row.version);
  const parsed = adjustScoreSchema(row.points).safeParse({ adjustedScore: options.adjustedScore, reason: options.reason });
  if (!parsed.success) throw badInput(parsed.error);
  const { adjustedScore: next, reason } = parsed.data;
  if (next === null && row.adjustedScore === null) {
    throw new AppError("BAD_USER_INPUT", msg("adjust.nothingToClear"), { fields: { adjustedScore: msg("adjust.nothingToClearShort") } });
  }
  if (!reason && adjustmentNeedsReason(row.computedScore, row.adjustedScore, next)) {
    const message =
      next === null
        ? msg("adjust.clearNeedsReason")
        : msg("adjust.needsReason", { adjusted: roundScore(next), computed: roundScore(row.computedScore) });
    throw new AppError("BAD_USER_INPUT", message, { fields: { reason: msg("adjust.reasonRequired") } });
  }

  await inVersionedTransaction(async (tx) => {
    // The stored reason explains the adjustment in force; a clearing reason lives in the audit row.
    const saved = await writeScoreEntry(tx, claim, { finalScore: next, reason: next === null ? null : reason }, user.id);
    await writeAudit(tx, {
      userId: user.id,
      action: "ADJUST_SCORE",
      entityType: "TargetScore",
      entityId: saved.id,
      targetId: target.id,
      reason,
      before: {
        computedScore: row.computedScore,
        adjustedScore: row.adjustedScore,
        finalScore: row.finalScore,
        reason: row.reason,
        version: claim.expected,
      },
      after: {
        computedScore: row.computedScore,
        adjustedScore: next,
        finalScore: finalScore(row.computedScore, next, row.points),
        reason: saved.reason,
        version: saved.version,
      },
    });
  });
  return yearEndScoreRow(target.planId, target.plan.year, target.id);
}
