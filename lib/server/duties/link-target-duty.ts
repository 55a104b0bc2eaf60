import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { assertCanLinkDuties, auditLabel } from "./duty-rules";
import { dutyLinkInclude, toDutyLink, type DutyLinkView } from "./duty-views";

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
  if (!target) throw notFound("指标");
  if (!duty) throw notFound("职责");
  if (options.workItemId && !workItem) throw notFound("工作事项");
  if (workItem && workItem.dutyId !== duty.id) {
    throw new AppError("BAD_USER_INPUT", "所选工作事项不属于该职责", { fields: { workItemId: "所选工作事项不属于该职责" } });
  }
  if (target.plan.unitId !== duty.unitId) {
    throw new AppError("BAD_USER_INPUT", "指标与职责不属于同一单位，不能关联", { fields: { targetId: "请选择本单位绩效计划中的指标" } });
  }
  assertCanLinkDuties(user, duty.unitId);

  const link = await db.$transaction(async (tx) => {
    // Inside the transaction: the unique index does not cover a link without a work item (NULLs differ).
    const existing = await tx.targetDutyLink.count({ where: { targetId: target.id, dutyId: duty.id, workItemId: workItem?.id ?? null } });
    if (existing > 0) {
      throw new AppError("BAD_USER_INPUT", workItem ? `指标 ${target.code} 已关联到该工作事项` : `指标 ${target.code} 已关联到该职责`);
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
