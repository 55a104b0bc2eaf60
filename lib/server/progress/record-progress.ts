import type { Prisma } from "../../../generated/prisma/client";
import { effectiveEntries, initialCheckStatus, pendingAuditMark, type TargetKind } from "../../domain";
import type { ProgressInput } from "../../validation/progress";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction, type VersionClaim } from "../concurrency/versioned-write";
import { dbDateToIso, isoToDbDate } from "../db-dates";
import { db } from "../db";
import { findTargetProgress } from "../plan-state/find-target-progress";
import { toEntryViews, type ProgressEntryRow, type ProgressEntryView } from "./entry-view";
import { entryPoint } from "../plan-state/counted-entries";
import type { TargetProgressView } from "../plan-state/target-view";
import { assertMonthsOpen } from "../locks/month-locks";
import { progressAfterWrite } from "../plan-state/target-facts";
import {
  amountInTargetUnit,
  findWritableTarget,
  refuseTypedCount,
  validateProgress,
  type EnteredAmount,
  type ReportTarget,
} from "./target-write";

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
  await assertCurrent(versionClaim(target, options.expectedVersion), target.version);
  const report = prepareReport(target, options, options.today);
  const written = await inVersionedTransaction((tx) => writeReport(tx, user, report, options.today));
  // the answer is made from what the transaction read: no statement after it (#12: ≤ 10 per report)
  const entry = toEntryViews(written.entries, target.kind as TargetKind).find((e) => e.id === written.entry.id)!;
  return { entry, progress: progressAfterWrite(target, written.version, typedPoints(written.entries)) };
}

const versionClaim = (target: ReportTarget, expected: number) => ({ kind: "target", id: target.id, expected }) as const;

/** A report checked against its target's rules, ready to be written (writeReport). */
export interface PreparedReport {
  target: ReportTarget;
  claim: VersionClaim;
  input: ProgressInput;
  amount: EnteredAmount;
}

/**
 * The rules a typed report meets before its transaction, in the form's order: no typed figure on a count target,
 * the amount in the target's unit (万元 / 亿元 converted), then value, date, note and the 10× confirmation for
 * the target's kind and plan year. Throws the AppError the form shows. The 本月填报表 import applies the same.
 */
export function prepareReport(
  target: ReportTarget,
  options: Pick<RecordProgressOptions, "value" | "unit" | "reportedFor" | "note" | "confirmLarge" | "expectedVersion">,
  today?: string,
): PreparedReport {
  refuseTypedCount(target);
  const amount = amountInTargetUnit(target, options.value, options.unit);
  const input = validateProgress(
    target,
    { value: amount.value, reportedFor: options.reportedFor, note: options.note, confirmLarge: options.confirmLarge },
    today,
  );
  return { target, claim: versionClaim(target, options.expectedVersion), input, amount };
}

/**
 * Writes a prepared report inside the caller's transaction: the month must be open (seen inside the
 * transaction), the target's version is claimed (StaleVersionError otherwise), then the entry and its audit row
 * (old → new). The one write path of a typed figure, whether from the form or from a sheet.
 */
export async function writeReport(tx: Prisma.TransactionClient, user: SessionUser, report: PreparedReport, today?: string) {
  const { target, claim, input, amount } = report;
  await assertMonthsOpen(tx, target.planId, [input.reportedFor], today);
  const version = await claimVersion(tx, claim);
  // every report of the target, read after the claim: the figure that counted until now, and the answer's list
  const earlier = await tx.progressEntry.findMany({ where: { targetId: target.id }, orderBy: ENTRY_ORDER });
  const previous = currentOf(earlier);
  const created = await tx.progressEntry.create({
    data: {
      targetId: target.id,
      value: input.value,
      reportedFor: isoToDbDate(input.reportedFor),
      note: input.note || null,
      enteredValue: amount.enteredValue,
      enteredUnit: amount.enteredUnit,
      reportedById: user.id,
      checkStatus: initialCheckStatus(target.plan),
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
      ...pendingAuditMark(created.checkStatus),
      version,
    },
  });
  return { entry: created, version, entries: newestFirst([...earlier, created]) };
}

const ENTRY_ORDER = [{ reportedFor: "desc" as const }, { createdAt: "desc" as const }];

/** Reports newest first as the target page lists them: by the day reported for, then by when entered. */
function newestFirst<T extends { reportedFor: Date; createdAt: Date }>(entries: T[]): T[] {
  return entries.sort((a, b) => b.reportedFor.getTime() - a.reportedFor.getTime() || b.createdAt.getTime() - a.createdAt.getTime());
}

/** The figure that counts now (for the audit's old → new): the newest of the reports that stand (corrections.ts). */
function currentOf<T extends { id: string; action: string; replacesId: string | null; checkStatus: string }>(newest: T[]): T | undefined {
  const standing = new Set(effectiveEntries(newest).map((e) => e.id));
  return newest.find((e) => standing.has(e.id));
}

/** A typed target's points, each report read as the plan state reads it (counted-entries.ts entryPoint). */
function typedPoints(entries: readonly ProgressEntryRow[]) {
  return effectiveEntries(entries).map((e) =>
    entryPoint({ ...e, reportedFor: dbDateToIso(e.reportedFor), createdAt: e.createdAt.toISOString() }),
  );
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
