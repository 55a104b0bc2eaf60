import { initialCheckStatus, lastDayOfMonthIso, latestValue, pendingAuditMark } from "../../domain";
import { standingNoChange } from "../../domain/month-reports";
import type { Prisma } from "../../../generated/prisma/client";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { dbDateToIso, isoToDbDate } from "../db-dates";
import { AppError } from "../errors";
import { assertMonthsOpen } from "../locks/month-locks";
import { loadPlanState } from "../plan-state/load-plan-state";
import { withProgress, type ProgressWriteResult } from "./record-progress";
import { findWritableTarget, validateProgress } from "./target-write";
import { msg, monthMsg } from "../../i18n/message-text";

export interface ConfirmNoChangeOptions {
  user: SessionUser;
  targetId: string;
  /** a day of the month the confirmation is for */
  reportedFor: string;
  note?: string | null;
  /** the target's version the page was loaded with */
  expectedVersion: number;
  today?: string;
}

/**
 * 本月无新进展: the month's update when nothing changed, so a section that has nothing new is not counted as
 * missing its report. It records the figure as it stands for the history but never counts as a figure
 * itself (corrections of earlier reports stay what they are). The month must be open; audited like a report.
 * Once per target and month (lib/domain/month-reports.ts): while a confirmation for the month stands (pending or
 * accepted) another is refused with CONFLICT, checked inside the transaction that claims the target's version.
 */
export async function confirmNoChange(options: ConfirmNoChangeOptions): Promise<ProgressWriteResult> {
  const { user } = options;
  const target = await findWritableTarget(user, options.targetId);
  const claim = { kind: "target", id: target.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, target.version);
  if (target.kind === "DECLARATION") throw new AppError("BAD_USER_INPUT", msg("noChange.declaration"));
  // the date and note are checked like a report's; the figure recorded is the one standing that day
  const input = validateProgress(
    target,
    { value: 0, reportedFor: options.reportedFor, note: options.note, confirmLarge: true },
    options.today,
  );
  const state = await loadPlanState(target.planId, { targetId: target.id });
  const standing = latestValue(state.pointsByTarget.get(target.id) ?? [], input.reportedFor)?.value ?? 0;

  const entry = await inVersionedTransaction(async (tx) => {
    await assertMonthsOpen(tx, target.planId, [input.reportedFor], options.today);
    const version = await claimVersion(tx, claim);
    await refuseSecondConfirmation(tx, target.id, input.reportedFor);
    const created = await tx.progressEntry.create({
      data: {
        targetId: target.id,
        action: "NO_CHANGE",
        value: standing,
        reportedFor: isoToDbDate(input.reportedFor),
        note: input.note || "本月无新进展",
        reportedById: user.id,
        checkStatus: initialCheckStatus(target.plan),
      },
    });
    await writeAudit(tx, {
      userId: user.id,
      action: "CONFIRM_NO_CHANGE",
      entityType: "ProgressEntry",
      entityId: created.id,
      targetId: target.id,
      before: { version: claim.expected },
      after: {
        value: created.value,
        reportedFor: input.reportedFor,
        note: created.note,
        ...pendingAuditMark(created.checkStatus),
        version,
      },
    });
    return created;
  });
  return withProgress(entry);
}

/** 本月无新进展 stands once per target and month: a second one says nothing new (CONFLICT names the first). */
async function refuseSecondConfirmation(tx: Prisma.TransactionClient, targetId: string, day: string): Promise<void> {
  const [year, month] = day.split("-").map(Number);
  const rows = await tx.progressEntry.findMany({
    where: {
      targetId,
      action: "NO_CHANGE",
      reportedFor: { gte: isoToDbDate(`${day.slice(0, 7)}-01`), lte: isoToDbDate(lastDayOfMonthIso(year, month)) },
    },
    select: {
      id: true,
      action: true,
      replacesId: true,
      reportedFor: true,
      createdAt: true,
      checkStatus: true,
      reportedBy: { select: { displayName: true } },
    },
  });
  const standing = standingNoChange(
    rows.map((r) => ({
      ...r,
      reportedFor: dbDateToIso(r.reportedFor),
      createdAt: r.createdAt.toISOString(),
      who: r.reportedBy.displayName,
    })),
    day,
  );
  if (!standing) return;
  const [, m, d] = standing.reportedFor.split("-").map(Number);
  throw new AppError(
    "CONFLICT",
    msg(standing.checkStatus === "PENDING" ? "noChange.alreadyPending" : "noChange.already", {
      month: monthMsg(month),
      day: msg("date.monthDay", { month: msg(`monthName.${m as 1}`), day: d }),
      who: standing.who,
    }),
    { existingId: standing.id },
  );
}
