import { LOCK_AFTER_DAYS_RANGE, REPORT_DUE_DAYS_RANGE } from "../../domain";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError } from "../errors";
import { findPlanLocks, type PlanLocksView } from "./find-plan-locks";
import { findManageablePlan } from "./manage-locks";
import { msg, msgList } from "../../i18n/message-text";

/**
 * How many days after a month ends its update is due (on time) and its data locks. The due day comes no
 * later than the lock: after the lock a report needs a reopening, so it could never be on time.
 */
export async function configureReporting(options: {
  user: SessionUser;
  planId: string;
  reportDueDays: number;
  lockAfterDays: number;
}): Promise<PlanLocksView> {
  const plan = await findManageablePlan(options.user, options.planId);
  const { reportDueDays, lockAfterDays } = options;
  const fields: Record<string, string> = {};
  const [due, lock] = [REPORT_DUE_DAYS_RANGE, LOCK_AFTER_DAYS_RANGE];
  if (!Number.isInteger(reportDueDays) || reportDueDays < due.min || reportDueDays > due.max)
    fields.reportDueDays = msg("reporting.dueRange", { min: due.min, max: due.max });
  if (!Number.isInteger(lockAfterDays) || lockAfterDays < lock.min || lockAfterDays > lock.max)
    fields.lockAfterDays = msg("reporting.lockRange", { min: lock.min, max: lock.max });
  if (!fields.reportDueDays && !fields.lockAfterDays && reportDueDays > lockAfterDays) fields.reportDueDays = msg("reporting.dueAfterLock");
  if (Object.keys(fields).length) throw new AppError("BAD_USER_INPUT", msgList(Object.values(fields)), { fields });
  if (plan.reportDueDays !== reportDueDays || plan.lockAfterDays !== lockAfterDays) {
    await db.$transaction(async (tx) => {
      await tx.plan.update({ where: { id: plan.id }, data: { reportDueDays, lockAfterDays } });
      await writeAudit(tx, {
        userId: options.user.id,
        action: "CONFIGURE_REPORTING",
        entityType: "Plan",
        entityId: plan.id,
        before: { reportDueDays: plan.reportDueDays, lockAfterDays: plan.lockAfterDays },
        after: { reportDueDays, lockAfterDays },
      });
    });
  }
  return findPlanLocks({ planId: plan.id });
}
