import { type TargetKind } from "../../domain";
import { fieldErrors, needsConfirmation, progressInputSchema } from "../../validation/progress";
import { writeAudit } from "../audit/write-audit";
import { writableTargetWhere, type SessionUser } from "../auth/session-user";
import { db } from "../db";
import { dbDateToIso, isoToDbDate, todayIso } from "../db-dates";
import { AppError, notFound } from "../errors";
import { findTargetDetail, type ProgressEntryView } from "../plans/find-target-detail";
import type { TargetProgressView } from "../plans/target-view";

export interface RecordProgressOptions {
  user: SessionUser;
  targetId: string;
  value: number;
  reportedFor: string;
  note?: string | null;
  expectedVersion?: number | null;
  confirmLarge?: boolean;
  today?: string;
}

/**
 * A section head reports a figure. Checked in this order, each failure writing nothing: the target
 * exists; the user's section owns it (part of the query); the input is valid for the target's kind and
 * plan year; nobody saved since the form was loaded (version). The entry, the version bump and the audit
 * row commit in one transaction; the version is re-checked in the UPDATE so two concurrent saves from the
 * same stale view cannot both win.
 */
export async function recordProgress(
  options: RecordProgressOptions,
): Promise<{ entry: ProgressEntryView; progress: TargetProgressView }> {
  const { user } = options;
  const target = await db.target.findFirst({
    where: { id: options.targetId, ...writableTargetWhere(user) },
    include: { plan: { select: { year: true } } },
  });
  if (!target) {
    const exists = await db.target.count({ where: { id: options.targetId } });
    if (!exists) throw notFound("指标");
    throw new AppError("FORBIDDEN", "只能填报本科室负责的指标");
  }

  const parsed = progressInputSchema({
    kind: target.kind as TargetKind,
    planYear: target.plan.year,
    targetValue: target.targetValue,
    today: options.today ?? todayIso(),
  }).safeParse({
    value: options.value,
    reportedFor: options.reportedFor,
    note: options.note,
    confirmLarge: options.confirmLarge,
  });
  if (!parsed.success) {
    const code = needsConfirmation(parsed.error) ? "NEEDS_CONFIRMATION" : "BAD_USER_INPUT";
    const fields = fieldErrors(parsed.error);
    throw new AppError(code, Object.values(fields).join("；"), { fields });
  }
  const input = parsed.data;

  const entry = await db.$transaction(async (tx) => {
    const expected = options.expectedVersion ?? target.version;
    const bumped = await tx.target.updateMany({
      where: { id: target.id, version: expected },
      data: { version: { increment: 1 } },
    });
    if (bumped.count === 0) throw STALE;
    const previous = await tx.progressEntry.findFirst({
      where: { targetId: target.id, action: { not: "WITHDRAWAL" }, replacedBy: { none: {} } },
      orderBy: [{ reportedFor: "desc" }, { createdAt: "desc" }],
    });
    const created = await tx.progressEntry.create({
      data: {
        targetId: target.id,
        value: input.value,
        reportedFor: isoToDbDate(input.reportedFor),
        note: input.note || null,
        reportedById: user.id,
      },
    });
    await writeAudit(tx, {
      userId: user.id,
      action: "RECORD_PROGRESS",
      entityType: "ProgressEntry",
      entityId: created.id,
      targetId: target.id,
      before: previous
        ? { value: previous.value, reportedFor: dbDateToIso(previous.reportedFor), version: expected }
        : { value: null, version: expected },
      after: { value: created.value, reportedFor: input.reportedFor, note: created.note, version: expected + 1 },
    });
    return created;
  }).catch(async (e: unknown) => {
    // Explained after the rollback, so the explanation reads committed data.
    throw e === STALE ? await conflict(target.id) : e;
  });

  const detail = await findTargetDetail({ targetId: target.id });
  return { entry: { ...entry, reportedFor: dbDateToIso(entry.reportedFor) }, progress: detail.progress };
}

const STALE = Symbol("stale version");

async function conflict(targetId: string): Promise<AppError> {
  const current = await db.target.findUnique({ where: { id: targetId }, select: { version: true } });
  const latest = await db.progressEntry.findFirst({
    where: { targetId, action: { not: "WITHDRAWAL" }, replacedBy: { none: {} } },
    orderBy: [{ createdAt: "desc" }],
    include: { reportedBy: { select: { displayName: true } } },
  });
  const who = latest ? `${latest.reportedBy.displayName}刚刚提交了 ${latest.value}（${dbDateToIso(latest.reportedFor)}）` : "其他人已修改";
  return new AppError("CONFLICT", `该指标已被更新：${who}。请刷新后再提交。`, {
    currentVersion: current?.version ?? null,
    latestValue: latest?.value ?? null,
    latestReportedFor: latest ? dbDateToIso(latest.reportedFor) : null,
  });
}
