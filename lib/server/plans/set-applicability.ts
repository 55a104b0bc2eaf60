import { APPLICABILITIES, INACTIVE_POINTS_RULES, type Applicability, type InactivePointsRule } from "../../domain";
import { writeAudit } from "../audit/write-audit";
import { canSetApplicability } from "../access/permissions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { findTargetDetail } from "./find-target-detail";
import type { TargetProgressView } from "../plan-state/target-view";
import { msg } from "../../i18n/message-text";

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
  if (!target) throw notFound("noun.target");
  if (!canSetApplicability(user, target.plan.unitId)) {
    throw new AppError("FORBIDDEN", msg("applicability.forbidden"));
  }
  const claim = { kind: "target", id: target.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, target.version);
  if (!APPLICABILITIES.includes(options.applicability)) throw new AppError("BAD_USER_INPUT", msg("applicability.invalid"));
  const active = options.applicability === "ACTIVE";
  const reason = (options.reason ?? "").trim();
  if (!active && !reason)
    throw new AppError("BAD_USER_INPUT", msg("applicability.reasonRequired"), { fields: { reason: msg("reason.required") } });
  if (reason.length > 500)
    throw new AppError("BAD_USER_INPUT", msg("reason.tooLong", { max: 500 }), { fields: { reason: msg("reason.tooLong", { max: 500 }) } });
  const rule = options.inactivePointsRule ?? (target.inactivePointsRule as InactivePointsRule);
  if (!INACTIVE_POINTS_RULES.includes(rule)) throw new AppError("BAD_USER_INPUT", msg("applicability.pointsRuleInvalid"));
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
