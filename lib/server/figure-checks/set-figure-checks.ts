import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { findFigureChecks, type FigureChecksView } from "./find-figure-checks";
import { msg } from "../../i18n/message-text";

/**
 * Turns 数据审核 on or off for a plan (its administrators; the operation checks who). On: every report from now
 * on waits for the 考核组 — what was accepted before stays accepted. Off is refused while anything still
 * waits: those reports would otherwise stay uncounted with nobody asked to decide on them.
 */
export async function setFigureChecks(options: { user: SessionUser; planId: string; enabled: boolean }): Promise<FigureChecksView> {
  const { planId, enabled } = options;
  await db.$transaction(async (tx) => {
    const plan = await tx.plan.findUnique({ where: { id: planId }, select: { checkFigures: true } });
    if (!plan) throw notFound("noun.plan");
    if (plan.checkFigures === enabled) return;
    if (!enabled) {
      const inPlan = { target: { planId }, checkStatus: "PENDING" };
      const waiting =
        (await tx.progressEntry.count({ where: inPlan })) + (await tx.countItem.count({ where: { ...inPlan, status: "ACTIVE" } }));
      if (waiting > 0) throw new AppError("CONFLICT", msg("checks.pendingLeft", { count: waiting }));
    }
    await tx.plan.update({ where: { id: planId }, data: { checkFigures: enabled } });
    await writeAudit(tx, {
      userId: options.user.id,
      action: "CONFIGURE_FIGURE_CHECKS",
      entityType: "Plan",
      entityId: planId,
      before: { checkFigures: plan.checkFigures },
      after: { checkFigures: enabled },
    });
  });
  return findFigureChecks({ planId });
}
