import { APPLICABILITIES, INACTIVE_POINTS_RULES, type Applicability, type InactivePointsRule } from "../../domain";
import { writeAudit } from "../audit/write-audit";
import { canSetApplicability } from "../access/permissions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { findTargetDetail } from "./find-target-detail";
import type { TargetProgressView } from "../plan-state/target-view";

export interface SetApplicabilityOptions {
  user: SessionUser;
  targetId: string;
  applicability: Applicability;
  reason?: string | null;
  inactivePointsRule?: InactivePointsRule | null;
  expectedVersion: number;
}

/**
 * The assessment team (or an administrator) marks a target of its own unit not applicable or suspended —
 * always with a reason and an explicit points rule — or makes it count again. Its reports and items stay;
 * only its points move (lib/domain/applicability.ts). Version-checked and audited old → new.
 */
export async function setTargetApplicability(options: SetApplicabilityOptions): Promise<TargetProgressView> {
  const { user } = options;
  const target = await db.target.findUnique({
    where: { id: options.targetId },
    select: {
      id: true,
      version: true,
      applicability: true,
      applicabilityReason: true,
      inactivePointsRule: true,
      plan: { select: { unitId: true } },
    },
  });
  if (!target) throw notFound("指标");
  if (!canSetApplicability(user, target.plan.unitId)) {
    throw new AppError("FORBIDDEN", "只有本单位考核组或管理员可以调整指标的适用状态");
  }
  const claim = { kind: "target", id: target.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, target.version);
  if (!APPLICABILITIES.includes(options.applicability)) throw new AppError("BAD_USER_INPUT", "适用状态无效");
  const active = options.applicability === "ACTIVE";
  const reason = (options.reason ?? "").trim();
  if (!active && !reason) throw new AppError("BAD_USER_INPUT", "标记为不适用或暂停时必须填写原因", { fields: { reason: "请填写原因" } });
  if (reason.length > 500) throw new AppError("BAD_USER_INPUT", "原因不能超过 500 字", { fields: { reason: "原因不能超过 500 字" } });
  const rule = options.inactivePointsRule ?? (target.inactivePointsRule as InactivePointsRule);
  if (!INACTIVE_POINTS_RULES.includes(rule)) throw new AppError("BAD_USER_INPUT", "分值处理方式无效");
  const next = { applicability: options.applicability, applicabilityReason: active ? null : reason, inactivePointsRule: rule };
  const before = {
    applicability: target.applicability,
    applicabilityReason: target.applicabilityReason,
    inactivePointsRule: target.inactivePointsRule,
  };
  if (JSON.stringify(before) === JSON.stringify(next)) return (await findTargetDetail({ targetId: target.id })).progress;

  await inVersionedTransaction(async (tx) => {
    const version = await claimVersion(tx, claim);
    await tx.target.update({ where: { id: target.id }, data: next });
    await writeAudit(tx, {
      userId: user.id,
      action: "SET_APPLICABILITY",
      entityType: "Target",
      entityId: target.id,
      targetId: target.id,
      reason: reason || null,
      before: { ...before, version: options.expectedVersion },
      after: { ...next, version },
    });
  });
  return (await findTargetDetail({ targetId: target.id })).progress;
}
