import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { dbDateToIso, isoToDbDate } from "../db-dates";
import { db } from "../db";
import { findTargetProgress } from "../plan-state/find-target-progress";
import { toEntryViews, type ProgressEntryView } from "./entry-view";
import type { TargetProgressView } from "../plan-state/target-view";
import { assertMonthsOpen } from "../locks/month-locks";
import { amountInTargetUnit, currentEntry, findWritableTarget, refuseTypedCount, validateProgress } from "./target-write";

export interface RecordProgressOptions {
  user: SessionUser;
  targetId: string;
  value: number;
  reportedFor: string;
  note?: string | null;
  /** the target's version the form was loaded with */
  expectedVersion: number;
  confirmLarge?: boolean;
  /** AMOUNT targets: the unit the value is typed in (万元 / 亿元) */
  unit?: string | null;
  today?: string;
}

export interface ProgressWriteResult {
  entry: ProgressEntryView;
  progress: TargetProgressView;
}

/**
 * A section head reports a figure. Each check fails before anything is written: the target exists; the
 * user's section owns it (part of the query); the input is valid for the target's kind and plan year;
 * nobody saved since the form was loaded (version); the month is not locked. A count target takes named items
 * instead (lib/server/items). Entry, version bump and audit row commit together.
 */
export async function recordProgress(options: RecordProgressOptions): Promise<ProgressWriteResult> {
  const { user } = options;
  const target = await findWritableTarget(user, options.targetId);
  const claim = { kind: "target", id: target.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, target.version);
  refuseTypedCount(target);
  const amount = amountInTargetUnit(target, options.value, options.unit);
  const input = validateProgress(target, { ...options, value: amount.value }, options.today);

  const entry = await inVersionedTransaction(async (tx) => {
    await assertMonthsOpen(tx, target.planId, [input.reportedFor], options.today);
    const version = await claimVersion(tx, claim);
    const previous = await currentEntry(tx, target.id);
    const created = await tx.progressEntry.create({
      data: {
        targetId: target.id,
        value: input.value,
        reportedFor: isoToDbDate(input.reportedFor),
        note: input.note || null,
        enteredValue: amount.enteredValue,
        enteredUnit: amount.enteredUnit,
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
        ? { value: previous.value, reportedFor: dbDateToIso(previous.reportedFor), version: claim.expected }
        : { value: null, version: claim.expected },
      after: {
        value: created.value,
        ...(amount.enteredUnit ? { entered: `${amount.enteredValue} ${amount.enteredUnit}` } : {}),
        reportedFor: input.reportedFor,
        note: created.note,
        version,
      },
    });
    return created;
  });

  return withProgress(entry);
}

/** The written entry plus the target re-evaluated, so the form can show the new status at once. */
export async function withProgress(entry: {
  id: string;
  targetId: string;
  value: number;
  reportedFor: Date;
  note: string | null;
  action: string;
  reason: string | null;
  replacesId: string | null;
  enteredValue: number | null;
  enteredUnit: string | null;
  isDemo: boolean;
  reportedById: string;
  createdAt: Date;
}): Promise<ProgressWriteResult> {
  const [progress, rows] = await Promise.all([
    findTargetProgress(entry.targetId),
    db.progressEntry.findMany({ where: { targetId: entry.targetId }, orderBy: [{ reportedFor: "desc" }, { createdAt: "desc" }] }),
  ]);
  const written = toEntryViews(rows, progress.target.kind).find((e) => e.id === entry.id)!;
  return { entry: written, progress };
}
