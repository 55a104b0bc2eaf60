import { roundScore } from "../../domain";
import { provinceScoreSchema } from "../../validation/province";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimOrCreate, inVersionedTransaction } from "../concurrency/versioned-write";
import { db } from "../db";
import { msg } from "../../i18n/message-text";
import { AppError, notFound } from "../errors";
import type { ScoreRowView } from "./find-score-sheet";
import { badInput, yearEndScoreRow } from "./score-write";

export interface SetProvinceScoreOptions {
  user: SessionUser;
  targetId: string;
  /** null withdraws the province's score (the city's own final score counts again) */
  provinceScore: number | null;
  reason?: string | null;
  /** the province score's version the form was loaded with (0 = none yet) */
  expectedVersion: number;
}

/**
 * 省厅评分: the province's 考核组 scores a target of a city bureau's plan at year end (the operation's access
 * "supervise" has checked that the plan's unit sits directly under the caller's province). 0 to the target's
 * points; a score that differs from the city's own final score (as displayed) needs a reason, so does a
 * withdrawal. Its own version; the city's entries and the section's self-assessment are untouched. The audit row
 * keeps old → new with the city's score beside it.
 */
export async function setProvinceScore(options: SetProvinceScoreOptions): Promise<ScoreRowView> {
  const { user } = options;
  const target = await db.target.findUnique({
    where: { id: options.targetId },
    select: { id: true, planId: true, plan: { select: { year: true } } },
  });
  if (!target) throw notFound("noun.target");
  const row = await yearEndScoreRow(target.planId, target.plan.year, target.id);
  const claim = { kind: "provinceScore", id: target.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, row.provinceVersion);
  if (row.basis === "INACTIVE") throw new AppError("BAD_USER_INPUT", msg("province.inactive"));
  const parsed = provinceScoreSchema(row.points).safeParse({ provinceScore: options.provinceScore, reason: options.reason });
  if (!parsed.success) throw badInput(parsed.error);
  const { provinceScore: next, reason } = parsed.data;
  if (next === null && row.provinceScore === null) throw new AppError("BAD_USER_INPUT", msg("province.nothingToWithdraw"));
  const differs = next === null || roundScore(next) !== roundScore(row.finalScore);
  if (differs && !reason) {
    const message =
      next === null
        ? msg("province.withdrawNeedsReason")
        : msg("province.needsReason", { score: roundScore(next), city: roundScore(row.finalScore) });
    throw new AppError("BAD_USER_INPUT", message, { fields: { reason: msg("province.needsReasonShort") } });
  }
  const data = { provinceScore: next, provinceReason: next === null ? null : reason, provinceById: user.id, provinceAt: new Date() };

  await inVersionedTransaction(async (tx) => {
    await claimOrCreate(tx, claim, () =>
      tx.targetScore.create({ data: { targetId: target.id, provinceVersion: 1, version: 0, updatedById: user.id } }),
    );
    const saved = await tx.targetScore.update({ where: { targetId: target.id }, data });
    await writeAudit(tx, {
      userId: user.id,
      action: "SET_PROVINCE_SCORE",
      entityType: "TargetScore",
      entityId: saved.id,
      targetId: target.id,
      reason,
      before: { provinceScore: row.provinceScore, provinceReason: row.provinceReason, cityScore: row.finalScore, version: claim.expected },
      after: { provinceScore: next, provinceReason: data.provinceReason, cityScore: row.finalScore, version: saved.provinceVersion },
    });
  });
  return yearEndScoreRow(target.planId, target.plan.year, target.id);
}
