import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { assertCanLinkDuties, auditLabel } from "./duty-rules";
import { dutyLinkInclude, toDutyLink, type DutyLinkView } from "./duty-views";
import { msg } from "../../i18n/message-text";

export interface LinkTargetDutyOptions {
  user: SessionUser;
  targetId: string;
  dutyId: string;
  /** one 具体工作事项 of the duty; omitted links the duty as a whole */
  workItemId?: string | null;
}

/**
 * An administrator records which duty (and optionally which work item) a plan target serves. Each check
 * fails before anything is written: target, duty and work item exist; the work item belongs to the duty;
 * target and duty belong to the same unit, the administrator's own; the same link does not exist yet. The
 * link and its audit row commit together.
 */
export async function linkTargetDuty(options: LinkTargetDutyOptions): Promise<DutyLinkView> {
  const { user } = options;
  const [target, duty, workItem] = await Promise.all([
    db.target.findUnique({ where: { id: options.targetId }, select: { id: true, code: true, plan: { select: { unitId: true } } } }),
    db.duty.findUnique({ where: { id: options.dutyId }, select: { id: true, seq: true, text: true, unitId: true } }),
    options.workItemId
      ? db.workItem.findUnique({ where: { id: options.workItemId }, select: { id: true, seq: true, text: true, dutyId: true } })
      : null,
  ]);
  if (!target) throw notFound("noun.target");
  if (!duty) throw notFound("noun.duty");
  if (options.workItemId && !workItem) throw notFound("noun.workItem");
  if (workItem && workItem.dutyId !== duty.id) {
    throw new AppError("BAD_USER_INPUT", msg("duties.workItemNotInDuty"), { fields: { workItemId: msg("duties.workItemNotInDuty") } });
  }
  if (target.plan.unitId !== duty.unitId) {
    throw new AppError("BAD_USER_INPUT", msg("duties.otherUnit"), { fields: { targetId: msg("duties.chooseOwnTarget") } });
  }
  assertCanLinkDuties(user, duty.unitId);

  const link = await db.$transaction(async (tx) => {
    // Inside the transaction: the unique index does not cover a link without a work item (NULLs differ).
    const existing = await tx.targetDutyLink.count({ where: { targetId: target.id, dutyId: duty.id, workItemId: workItem?.id ?? null } });
    if (existing > 0) {
      throw new AppError("BAD_USER_INPUT", msg(workItem ? "duties.alreadyLinkedItem" : "duties.alreadyLinkedDuty", { code: target.code }));
    }
    const created = await tx.targetDutyLink.create({
      data: { targetId: target.id, dutyId: duty.id, workItemId: workItem?.id ?? null },
      include: dutyLinkInclude,
    });
    await writeAudit(tx, {
      userId: user.id,
      action: "LINK_TARGET_DUTY",
      entityType: "TargetDutyLink",
      entityId: created.id,
      targetId: target.id,
      after: { duty: auditLabel(duty.seq, duty.text), workItem: workItem ? auditLabel(workItem.seq, workItem.text) : null },
    });
    return created;
  });
  return toDutyLink(link);
}
