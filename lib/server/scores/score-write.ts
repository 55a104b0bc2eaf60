import type { Prisma } from "../../../generated/prisma/client";
import type { z } from "zod";
import { issueFields } from "../../validation/progress";
import { canAssess } from "../access/permissions";
import type { SessionUser } from "../auth/session-user";
import { claimOrCreate, type VersionClaim } from "../concurrency/versioned-write";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { findScoreSheet, yearEnd, type ScoreRowView } from "./find-score-sheet";
import { msg, msgList } from "../../i18n/message-text";

/**
 * The steps every assessor's write shares (declared score, adjustment, configuration): only the assessment
 * team (ASSESSOR) and administrators score, and only the plans of their own unit; each target's score entry
 * carries its own version (lib/server/concurrency) so two assessors saving from the same stale view get one
 * success and one CONFLICT.
 * Score writes never touch Target.version, so they do not invalidate a section head's open report form.
 */
export function assertCanScore(user: SessionUser, planUnitId: string): void {
  if (!canAssess(user, planUnitId)) throw new AppError("FORBIDDEN", msg("score.forbidden"));
}

/** The target with its plan, after checking the user may score it. */
export async function findScorableTarget(user: SessionUser, targetId: string) {
  const target = await db.target.findUnique({
    where: { id: targetId },
    select: { id: true, code: true, planId: true, plan: { select: { year: true, unitId: true } } },
  });
  if (!target) throw notFound("noun.target");
  assertCanScore(user, target.plan.unitId);
  return target;
}

/** The target's line of the score sheet as the year ended: what every year-end write is checked against. */
export async function yearEndScoreRow(planId: string, year: number, targetId: string): Promise<ScoreRowView> {
  const sheet = await findScoreSheet({ planId, asOf: yearEnd(year) });
  return sheet.rows.find((r) => r.progress.target.id === targetId)!;
}

/** zod failure → BAD_USER_INPUT with the Chinese messages joined and per-field details. */
export function badInput(error: z.ZodError): AppError {
  const fields = issueFields(error);
  return new AppError("BAD_USER_INPUT", msgList(Object.values(fields)), { fields });
}

type ScoreData = { declaredScore?: number | null; finalScore?: number | null; reason?: string | null };

/**
 * Writes the assessors' entry of a target's score if it is still at the version the form was loaded with
 * (claim: kind "score", the target's id). Version 0 = no assessors' entry yet: the row may not exist, or may
 * hold only the section's self-assessment (its own selfVersion); the first entry makes it version 1.
 */
export async function writeScoreEntry(tx: Prisma.TransactionClient, claim: VersionClaim, data: ScoreData, userId: string) {
  await claimOrCreate(tx, claim, () => tx.targetScore.create({ data: { targetId: claim.id, updatedById: userId, version: 1 } }));
  return tx.targetScore.update({ where: { targetId: claim.id }, data: { ...data, updatedById: userId } });
}
