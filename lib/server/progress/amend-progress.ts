import { initialCheckStatus, pendingAuditMark } from "../../domain";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { db } from "../db";
import { dbDateToIso, isoToDbDate } from "../db-dates";
import { AppError, notFound } from "../errors";
import { withProgress, type ProgressWriteResult } from "./record-progress";
import { assertMonthsOpen } from "../locks/month-locks";
import { amountInTargetUnit, findWritableTarget, refuseTypedCount, requireReason, validateProgress } from "./target-write";
import { msg } from "../../i18n/message-text";

export interface AmendProgressOptions {
  user: SessionUser;
  entryId: string;
  /** CORRECTION replaces the entry's figure; WITHDRAWAL cancels it */
  action: "CORRECTION" | "WITHDRAWAL";
  /** CORRECTION: the corrected figure and date (date defaults to the original one) */
  value?: number | null;
  reportedFor?: string | null;
  note?: string | null;
  reason: string;
  /** the target's version the history was loaded with */
  expectedVersion: number;
  confirmLarge?: boolean;
  /** CORRECTION of an AMOUNT: the unit the value is typed in */
  unit?: string | null;
  today?: string;
}

/**
 * Corrects or withdraws a report without touching it: a new entry records the action, the reason and
 * who did it, and points at the entry it replaces, which then stops counting (domain/corrections.ts).
 * Only a report that still counts can be amended, and only by someone who may write the target.
 */
export async function amendProgress(options: AmendProgressOptions): Promise<ProgressWriteResult> {
  const { user } = options;
  const original = await db.progressEntry.findUnique({
    where: { id: options.entryId },
    // a returned correction replaced nothing (lib/domain/corrections.ts): the figure can be corrected again
    include: { replacedBy: { where: { checkStatus: { not: "RETURNED" } }, select: { id: true } } },
  });
  if (!original) throw notFound("noun.report");
  const target = await findWritableTarget(user, original.targetId);
  const claim = { kind: "target", id: target.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, target.version);
  if (original.action === "WITHDRAWAL" || original.replacedBy.length > 0) {
    throw new AppError("CONFLICT", msg("amend.superseded"));
  }
  if (original.action === "NO_CHANGE") throw new AppError("BAD_USER_INPUT", msg("amend.noChangeIsNoData"));
  refuseTypedCount(target);
  const reason = requireReason(options.reason);
  const amount = options.action === "CORRECTION" ? amountInTargetUnit(target, options.value ?? Number.NaN, options.unit) : null;
  const corrected =
    options.action === "CORRECTION"
      ? validateProgress(
          target,
          {
            value: amount?.value ?? Number.NaN,
            reportedFor: options.reportedFor ?? dbDateToIso(original.reportedFor),
            note: options.note ?? original.note,
            confirmLarge: options.confirmLarge,
          },
          options.today,
        )
      : null;

  const entry = await inVersionedTransaction(async (tx) => {
    // both the month of the figure replaced and the month of its replacement must be open
    const months = [dbDateToIso(original.reportedFor), ...(corrected ? [corrected.reportedFor] : [])];
    await assertMonthsOpen(tx, target.planId, months, options.today);
    const version = await claimVersion(tx, claim);
    const created = await tx.progressEntry.create({
      data: {
        targetId: target.id,
        action: options.action,
        replacesId: original.id,
        reason,
        // A withdrawal keeps the withdrawn figure on record so the history reads on its own.
        value: corrected?.value ?? original.value,
        reportedFor: isoToDbDate(corrected?.reportedFor ?? dbDateToIso(original.reportedFor)),
        note: corrected ? corrected.note || null : original.note,
        enteredValue: corrected ? (amount?.enteredValue ?? null) : original.enteredValue,
        enteredUnit: corrected ? (amount?.enteredUnit ?? null) : original.enteredUnit,
        reportedById: user.id,
        // 数据审核: a correction waits for the 考核组 like any figure; a withdrawal takes effect at once
        checkStatus: options.action === "CORRECTION" ? initialCheckStatus(target.plan) : "ACCEPTED",
      },
    });
    await writeAudit(tx, {
      userId: user.id,
      action: options.action === "CORRECTION" ? "CORRECT_PROGRESS" : "WITHDRAW_PROGRESS",
      entityType: "ProgressEntry",
      entityId: created.id,
      targetId: target.id,
      reason,
      before: { entryId: original.id, value: original.value, reportedFor: dbDateToIso(original.reportedFor), version: claim.expected },
      after:
        options.action === "CORRECTION"
          ? { value: created.value, reportedFor: dbDateToIso(created.reportedFor), ...pendingAuditMark(created.checkStatus), version }
          : { value: null, withdrawn: true, version },
    });
    return created;
  });
  return withProgress(entry);
}
