import type { Prisma } from "../../../generated/prisma/client";
import type { z } from "zod";
import { fieldErrors } from "../../validation/progress";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { todayIso } from "../db-dates";
import { AppError, notFound } from "../errors";
import { findScoreSheet, yearEnd, type ScoreRowView } from "./find-score-sheet";

/**
 * The steps every assessor's write shares (declared score, adjustment, configuration): only the assessment
 * team (ASSESSOR) and administrators score, and only the plans of their own unit; each target's score entry
 * carries its own version so two assessors saving from the same stale view get one success and one CONFLICT.
 * Score writes never touch Target.version, so they do not invalidate a section head's open report form.
 */
export function assertCanScore(user: SessionUser, planUnitId: string): void {
  if (user.role !== "ASSESSOR" && user.role !== "ADMIN") throw new AppError("FORBIDDEN", "只有考核组或管理员可以评分");
  if (user.unitId !== planUnitId) throw new AppError("FORBIDDEN", "只能为本单位的绩效计划评分");
}

/** The target with its plan, after checking the user may score it. */
export async function findScorableTarget(user: SessionUser, targetId: string) {
  const target = await db.target.findUnique({
    where: { id: targetId },
    select: { id: true, code: true, planId: true, plan: { select: { year: true, unitId: true } } },
  });
  if (!target) throw notFound("指标");
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
  const fields = fieldErrors(error);
  return new AppError("BAD_USER_INPUT", Object.values(fields).join("；"), { fields });
}

export const STALE = Symbol("stale score version");

type ScoreData = { declaredScore?: number | null; finalScore?: number | null; reason?: string | null };

/**
 * Writes the target's score entry if it is still at version `expected` (0: none exists yet), bumping the
 * version; otherwise aborts the transaction (a concurrent first entry fails on the unique targetId).
 */
export async function claimScore(tx: Prisma.TransactionClient, targetId: string, expected: number, data: ScoreData, userId: string) {
  if (expected === 0) {
    // a row may exist already holding only the section's self-assessment (version 0 = no assessors' entry)
    const first = await tx.targetScore.updateMany({ where: { targetId, version: 0 }, data: { ...data, updatedById: userId, version: 1 } });
    if (first.count === 1) return tx.targetScore.findUniqueOrThrow({ where: { targetId } });
    return tx.targetScore.create({ data: { targetId, ...data, updatedById: userId, version: 1 } });
  }
  const bumped = await tx.targetScore.updateMany({
    where: { targetId, version: expected },
    data: { ...data, updatedById: userId, version: { increment: 1 } },
  });
  if (bumped.count === 0) throw STALE;
  return tx.targetScore.findUniqueOrThrow({ where: { targetId } });
}

/** Runs a versioned score write; a lost race becomes a CONFLICT naming who saved first. */
export async function inScoreTransaction<T>(targetId: string, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(work);
  } catch (e) {
    if (e === STALE || (e as { code?: string } | null)?.code === "P2002") throw await conflict(targetId);
    throw e;
  }
}

async function conflict(targetId: string): Promise<AppError> {
  const current = await db.targetScore.findUnique({ where: { targetId } });
  const by = current ? await db.user.findUnique({ where: { id: current.updatedById }, select: { displayName: true } }) : null;
  const who = current ? `${by?.displayName ?? "其他人"}已于 ${todayIso(current.updatedAt)} 更新` : "其他人已修改";
  return new AppError("CONFLICT", `该指标的评分已被更新：${who}。请刷新后再提交。`, { currentVersion: current?.version ?? 0 });
}
