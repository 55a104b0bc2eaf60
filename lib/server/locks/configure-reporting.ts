import { LOCK_AFTER_DAYS_RANGE, REPORT_DUE_DAYS_RANGE } from "../../domain";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError } from "../errors";
import { findPlanLocks, type PlanLocksView } from "./find-plan-locks";
import { findManageablePlan } from "./manage-locks";

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
    fields.reportDueDays = `报送期限应为 ${due.min} 到 ${due.max} 天`;
  if (!Number.isInteger(lockAfterDays) || lockAfterDays < lock.min || lockAfterDays > lock.max)
    fields.lockAfterDays = `锁定期限应为 ${lock.min} 到 ${lock.max} 天`;
  if (!fields.reportDueDays && !fields.lockAfterDays && reportDueDays > lockAfterDays) fields.reportDueDays = "报送期限不能晚于锁定期限";
  if (Object.keys(fields).length) throw new AppError("BAD_USER_INPUT", Object.values(fields).join("；"), { fields });
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
