import type { Prisma } from "../../../generated/prisma/client";
import type { TargetKind } from "../../domain";
import { fieldErrors, needsConfirmation, progressInputSchema, type ProgressInput } from "../../validation/progress";
import { writableTargetWhere, type SessionUser } from "../auth/session-user";
import { db } from "../db";
import { dbDateToIso, todayIso } from "../db-dates";
import { AppError, notFound } from "../errors";

/**
 * The steps every write to a target's figures shares (report, correction, withdrawal, evidence): find the
 * target through the user's section ownership, validate against its kind and plan year, and claim the
 * target's version inside the transaction so concurrent writes from the same stale view cannot both win.
 */
export async function findWritableTarget(user: SessionUser, targetId: string) {
  const target = await db.target.findFirst({
    where: { id: targetId, ...writableTargetWhere(user) },
    include: { plan: { select: { year: true } } },
  });
  if (target) return target;
  const exists = await db.target.count({ where: { id: targetId } });
  if (!exists) throw notFound("指标");
  throw new AppError("FORBIDDEN", "只能填报本科室负责的指标");
}

export type WritableTarget = Awaited<ReturnType<typeof findWritableTarget>>;

export function validateProgress(
  target: WritableTarget,
  input: { value: number; reportedFor: string; note?: string | null; confirmLarge?: boolean },
  today = todayIso(),
): ProgressInput {
  const parsed = progressInputSchema({
    kind: target.kind as TargetKind,
    planYear: target.plan.year,
    targetValue: target.targetValue,
    today,
  }).safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = fieldErrors(parsed.error);
  throw new AppError(needsConfirmation(parsed.error) ? "NEEDS_CONFIRMATION" : "BAD_USER_INPUT", Object.values(fields).join("；"), {
    fields,
  });
}

/** A correction or withdrawal must say why. */
export function requireReason(reason: string | null | undefined): string {
  const trimmed = (reason ?? "").trim();
  if (trimmed.length === 0) throw new AppError("BAD_USER_INPUT", "请填写更正或撤回的原因", { fields: { reason: "请填写原因" } });
  if (trimmed.length > 500) throw new AppError("BAD_USER_INPUT", "原因不能超过 500 字", { fields: { reason: "原因不能超过 500 字" } });
  return trimmed;
}

const STALE = Symbol("stale version");

/** Claims version `expected` of the target (UPDATE … WHERE version = expected) or aborts the transaction. */
export async function claimVersion(tx: Prisma.TransactionClient, targetId: string, expected: number) {
  const bumped = await tx.target.updateMany({ where: { id: targetId, version: expected }, data: { version: { increment: 1 } } });
  if (bumped.count === 0) throw STALE;
  return expected + 1;
}

/** Runs a versioned write; a lost race becomes a CONFLICT that names the newer figure. */
export async function inVersionedTransaction<T>(targetId: string, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(work);
  } catch (e) {
    // Explained after the rollback, so the explanation reads committed data.
    if (e === STALE) throw await conflict(targetId);
    throw e;
  }
}

/** The figure that currently counts for a target: the newest report nobody corrected or withdrew. */
export function currentEntry(tx: Prisma.TransactionClient, targetId: string) {
  return tx.progressEntry.findFirst({
    where: { targetId, action: { not: "WITHDRAWAL" }, replacedBy: { none: {} } },
    orderBy: [{ reportedFor: "desc" }, { createdAt: "desc" }],
  });
}

async function conflict(targetId: string): Promise<AppError> {
  const current = await db.target.findUnique({ where: { id: targetId }, select: { version: true } });
  const latest = await db.progressEntry.findFirst({
    where: { targetId },
    orderBy: [{ createdAt: "desc" }],
    include: { reportedBy: { select: { displayName: true } } },
  });
  const who = latest
    ? `${latest.reportedBy.displayName}刚刚提交了 ${latest.value}（${dbDateToIso(latest.reportedFor)}）`
    : "其他人已修改";
  return new AppError("CONFLICT", `该指标已被更新：${who}。请刷新后再提交。`, {
    currentVersion: current?.version ?? null,
    latestValue: latest?.value ?? null,
    latestReportedFor: latest ? dbDateToIso(latest.reportedFor) : null,
  });
}
