import { z } from "zod";
import { configureReporting } from "../../lib/server/locks/configure-reporting";
import { findPlanLocks } from "../../lib/server/locks/find-plan-locks";
import { lockMonth, reopenMonth } from "../../lib/server/locks/lock-month";
import { operation } from "../../lib/server/operations/define-operation";
import { lockAfterDays, reportDueDays } from "../../lib/validation/numbers";
import { calendarDate, id, month, multiLine } from "../../lib/validation/primitives";
import { msg } from "../../lib/i18n/message-text";

/** 月份锁定: everyone who reads the plan sees its locks; its administrators lock, reopen and configure. */
export const planLocks = operation({
  name: "Query.planLocks",
  roles: "SIGNED_IN",
  input: z.object({ planId: id }),
  access: "read",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  run: ({ input }) => findPlanLocks(input),
});

const monthDecision = { planId: id, month, reason: multiLine(500, msg("field.reason")) };

export const lockMonthOp = operation({
  name: "Mutation.lockMonth",
  roles: ["ADMIN"],
  input: z.object(monthDecision),
  access: "write",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  audit: "LOCK_MONTH",
  run: ({ user, input }) => lockMonth({ ...input, user }),
});

export const reopenMonthOp = operation({
  name: "Mutation.reopenMonth",
  roles: ["ADMIN"],
  input: z.object({ ...monthDecision, untilDay: calendarDate(msg("field.reopenUntil")).nullish() }),
  access: "write",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  audit: "REOPEN_MONTH",
  run: ({ user, input }) => reopenMonth({ ...input, user }),
});

export const configureReportingOp = operation({
  name: "Mutation.configureReporting",
  roles: ["ADMIN"],
  input: z.object({ planId: id, reportDueDays, lockAfterDays }),
  access: "write",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  audit: "CONFIGURE_REPORTING",
  run: ({ user, input }) => configureReporting({ ...input, user }),
});
