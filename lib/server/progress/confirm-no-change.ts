import { initialCheckStatus, latestValue, pendingAuditMark } from "../../domain";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { isoToDbDate } from "../db-dates";
import { AppError } from "../errors";
import { assertMonthsOpen } from "../locks/month-locks";
import { loadPlanState } from "../plan-state/load-plan-state";
import { withProgress, type ProgressWriteResult } from "./record-progress";
import { findWritableTarget, validateProgress } from "./target-write";

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
 */
export async function confirmNoChange(options: ConfirmNoChangeOptions): Promise<ProgressWriteResult> {
  const { user } = options;
  const target = await findWritableTarget(user, options.targetId);
  const claim = { kind: "target", id: target.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, target.version);
  if (target.kind === "DECLARATION") throw new AppError("BAD_USER_INPUT", "年末申报类指标不需要月度报送");
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
