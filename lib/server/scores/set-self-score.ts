import type { Prisma } from "../../../generated/prisma/client";
import { selfScoreSchema } from "../../validation/score";
import { writeAudit } from "../audit/write-audit";
import { reportableTargetWhere } from "../access/permissions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import type { ScoreRowView } from "./find-score-sheet";
import { assertCurrent, claimOrCreate, inVersionedTransaction, type VersionClaim } from "../concurrency/versioned-write";
import { badInput, yearEndScoreRow } from "./score-write";
import { msg } from "../../i18n/message-text";

export interface SetSelfScoreOptions {
  user: SessionUser;
  targetId: string;
  /** null withdraws the self-assessment */
  selfScore: number | null;
  justification?: string | null;
  /** the self-assessment version the form was loaded with (0 = none yet) */
  expectedVersion: number;
}

/**
 * Before the year-end assessment a section enters its self-assessed score for a target it owns, with a short
 * justification (administrators may for any target of their unit, e.g. unowned ones). 0 to the target's
 * points, refused once the year-end review is closed or for a target that carries no points. It has its own
 * version, so it never stales the assessors' open score form; the audit row keeps old → new.
 */
export async function setSelfScore(options: SetSelfScoreOptions): Promise<ScoreRowView> {
  const { user } = options;
  const target = await db.target.findFirst({
    where: { id: options.targetId, ...reportableTargetWhere(user) },
    select: { id: true, planId: true, plan: { select: { year: true, unitId: true } } },
  });
  if (!target) {
    if (!(await db.target.count({ where: { id: options.targetId } }))) throw notFound("noun.target");
    throw new AppError("FORBIDDEN", msg("selfScore.ownTargets"));
  }
  const closed = await db.review.count({ where: { planId: target.planId, kind: "YEAR", status: "CLOSED" } });
  if (closed > 0) throw new AppError("BAD_USER_INPUT", msg("selfScore.closed"));
  const row = await yearEndScoreRow(target.planId, target.plan.year, target.id);
  const claim = { kind: "selfScore", id: target.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, row.selfVersion);
  if (row.basis === "INACTIVE") throw new AppError("BAD_USER_INPUT", msg("selfScore.inactive"));
  const parsed = selfScoreSchema(row.points).safeParse({ selfScore: options.selfScore, justification: options.justification });
  if (!parsed.success) throw badInput(parsed.error);
  const { selfScore, justification } = parsed.data;
  if (selfScore === null && row.selfScore === null) throw new AppError("BAD_USER_INPUT", msg("selfScore.nothingToWithdraw"));
  const data = { selfScore, selfJustification: selfScore === null ? null : justification, selfById: user.id, selfAt: new Date() };

  await inVersionedTransaction(async (tx) => {
    const saved = await writeSelfScore(tx, claim, data, user.id);
    await writeAudit(tx, {
      userId: user.id,
      action: "SET_SELF_SCORE",
      entityType: "TargetScore",
      entityId: saved.id,
      targetId: target.id,
      reason: data.selfJustification,
      before: { selfScore: row.selfScore, selfJustification: row.selfJustification, awardedScore: row.finalScore, version: claim.expected },
      after: { selfScore, selfJustification: data.selfJustification, awardedScore: row.finalScore, version: saved.selfVersion },
    });
  });
  return yearEndScoreRow(target.planId, target.plan.year, target.id);
}

type SelfData = { selfScore: number | null; selfJustification: string | null; selfById: string; selfAt: Date };

/** Claims the self-assessment's version (0: none yet) and writes it; the assessors' version is untouched. */
async function writeSelfScore(tx: Prisma.TransactionClient, claim: VersionClaim, data: SelfData, userId: string) {
  // no score row yet: version 0 says the assessors have not entered anything
  await claimOrCreate(tx, claim, () =>
    tx.targetScore.create({ data: { targetId: claim.id, selfVersion: 1, version: 0, updatedById: userId } }),
  );
  return tx.targetScore.update({ where: { targetId: claim.id }, data });
}
