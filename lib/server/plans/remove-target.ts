import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { db } from "../db";
import { AppError } from "../errors";
import { findPlanEditor, type PlanEditorView } from "./find-plan-editor";
import { assertPlanValid, auditView, loadEditableTarget, nameMaps, stateOf } from "./plan-edit";
import { msg, msgList } from "../../i18n/message-text";

/**
 * An administrator removes a target from their unit's plan. Reported figures are never thrown away: a
 * target with reports (or with reviews, scores or named items recorded against it) is refused. The rest of
 * its area must still add up; removal and its audit row (the target as it was) commit together.
 */
export async function removeTarget(options: { user: SessionUser; targetId: string; expectedVersion: number }): Promise<PlanEditorView> {
  const loaded = await loadEditableTarget(options.user, options.targetId);
  const { plan, target } = loaded;
  const claim = { kind: "target", id: target.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, target.version);
  const [reports, snapshots, rectifications, items, score] = await Promise.all([
    db.progressEntry.count({ where: { targetId: target.id } }),
    db.reviewSnapshot.count({ where: { targetId: target.id } }),
    db.rectification.count({ where: { targetId: target.id } }),
    db.countItem.count({ where: { targetId: target.id } }),
    db.targetScore.count({ where: { targetId: target.id } }),
  ]);
  if (reports > 0) {
    throw new AppError("BAD_USER_INPUT", msg("plan.removeHasReports", { code: target.code, count: reports }), {
      progressCount: reports,
    });
  }
  const held = [
    snapshots ? msg("plan.heldSnapshots", { count: snapshots }) : null,
    rectifications ? msg("plan.heldRectifications", { count: rectifications }) : null,
    items ? msg("plan.heldItems", { count: items }) : null,
    score ? msg("plan.heldScore") : null,
  ].filter((h) => h !== null);
  if (held.length > 0)
    throw new AppError("BAD_USER_INPUT", msg("plan.removeHeld", { code: target.code, held: msgList(held, "enumeration") }));

  const current = stateOf(target);
  const rest = plan.targets.filter((t) => t.id !== target.id).map(stateOf);
  assertPlanValid(plan.areas, rest, { areaIds: [target.areaId], targetIds: [] });

  await inVersionedTransaction(async (tx) => {
    await claimVersion(tx, claim);
    await writeAudit(tx, {
      userId: options.user.id,
      action: "REMOVE_TARGET",
      entityType: "Target",
      entityId: target.id,
      targetId: target.id,
      before: { ...auditView(current, nameMaps(loaded)), version: claim.expected },
      after: null,
    });
    await tx.target.delete({ where: { id: target.id } });
  });
  return findPlanEditor({ user: options.user, planId: plan.id });
}
