import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { AppError } from "../errors";
import { findPlanEditor, type PlanEditorView } from "./find-plan-editor";
import { loadEditableTarget, renumberTargets } from "./plan-edit";
import { msg } from "../../i18n/message-text";

export type MoveDirection = "UP" | "DOWN";

/**
 * Moves a target one place up or down within its area (the plan's order is areas in order, each area's
 * targets in order). The moved target's version is claimed; the audit row records its position before and after.
 */
export async function moveTarget(options: {
  user: SessionUser;
  targetId: string;
  direction: MoveDirection;
  /** the moved target's version the editor was loaded with */
  expectedVersion: number;
}): Promise<PlanEditorView> {
  const { plan, target } = await loadEditableTarget(options.user, options.targetId);
  const claim = { kind: "target", id: target.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, target.version);
  const inArea = plan.targets.filter((t) => t.areaId === target.areaId);
  const from = inArea.findIndex((t) => t.id === target.id);
  const to = options.direction === "UP" ? from - 1 : from + 1;
  if (to < 0) throw new AppError("BAD_USER_INPUT", msg("plan.alreadyFirst", { code: target.code }));
  if (to >= inArea.length) throw new AppError("BAD_USER_INPUT", msg("plan.alreadyLast", { code: target.code }));

  const reordered = [...inArea];
  [reordered[from], reordered[to]] = [reordered[to], reordered[from]];
  const all = [...plan.targets.filter((t) => t.areaId !== target.areaId), ...reordered];
  await inVersionedTransaction(async (tx) => {
    const version = await claimVersion(tx, claim);
    await renumberTargets(tx, plan.areas, all);
    await writeAudit(tx, {
      userId: options.user.id,
      action: "MOVE_TARGET",
      entityType: "Target",
      entityId: target.id,
      targetId: target.id,
      before: { position: from + 1, follows: from > 0 ? inArea[from - 1].code : null, version: claim.expected },
      after: { position: to + 1, follows: to > 0 ? reordered[to - 1].code : null, version },
    });
  });
  return findPlanEditor({ user: options.user, planId: plan.id });
}
