import { directionAllowed, thresholdProblem, type Direction, type TargetKind } from "../../domain";
import { writeAudit } from "../audit/write-audit";
import { canManagePlans } from "../access/permissions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { findTargetDetail } from "./find-target-detail";
import type { TargetProgressView } from "../plan-state/target-view";
import { msg } from "../../i18n/message-text";

export interface SetThresholdsOptions {
  user: SessionUser;
  targetId: string;
  greenAt: number | null;
  amberAt: number | null;
  direction: Direction;
  expectedVersion: number;
}

/**
 * An administrator sets a target's own colour bands and direction (lib/domain/bands.ts); both limits
 * empty goes back to the plan's margin rule. Only amounts and counts may be caps. Version-checked, audited.
 */
export async function setTargetThresholds(options: SetThresholdsOptions): Promise<TargetProgressView> {
  const target = await db.target.findUnique({
    where: { id: options.targetId },
    select: { id: true, version: true, kind: true, greenAt: true, amberAt: true, direction: true, plan: { select: { unitId: true } } },
  });
  if (!target) throw notFound("noun.target");
  if (!canManagePlans(options.user, target.plan.unitId)) throw new AppError("FORBIDDEN", msg("thresholds.forbidden"));
  const claim = { kind: "target", id: target.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, target.version);
  const next = { greenAt: options.greenAt, amberAt: options.amberAt, direction: options.direction };
  if (!directionAllowed(target.kind as TargetKind, next.direction)) {
    throw new AppError("BAD_USER_INPUT", msg("thresholds.lowerOnlyCounts"), { fields: { direction: msg("thresholds.lowerNotThisKind") } });
  }
  const problem = thresholdProblem(next);
  if (problem) throw new AppError("BAD_USER_INPUT", problem, { fields: { greenAt: problem } });
  const before = { greenAt: target.greenAt, amberAt: target.amberAt, direction: target.direction };
  if (JSON.stringify(before) === JSON.stringify(next)) return (await findTargetDetail({ targetId: target.id })).progress;

  await inVersionedTransaction(async (tx) => {
    const version = await claimVersion(tx, claim);
    await tx.target.update({ where: { id: target.id }, data: next });
    await writeAudit(tx, {
      userId: options.user.id,
      action: "SET_THRESHOLDS",
      entityType: "Target",
      entityId: target.id,
      targetId: target.id,
      before: { ...before, version: options.expectedVersion },
      after: { ...next, version },
    });
  });
  return (await findTargetDetail({ targetId: target.id })).progress;
}
