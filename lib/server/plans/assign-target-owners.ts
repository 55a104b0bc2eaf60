import { ownerAssignmentProblem } from "../../domain";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { db } from "../db";
import { AppError } from "../errors";
import { loadPlanState } from "../plan-state/load-plan-state";
import type { TargetView } from "../plan-state/target-view";
import { loadEditableTarget } from "./plan-edit";

/**
 * 指定填报科室: an administrator decides which sections report a target the plan left without an owner (the
 * bureau's decision, marked as such; the plan's wording stays as it is). The assignment replaces the previous
 * one — an empty list takes it back, and the target is 无人填报 again. Sections must be the plan's unit's; the
 * target's version is claimed; audited with the section names before and after.
 */
export async function assignTargetOwners(options: {
  user: SessionUser;
  targetId: string;
  sectionIds: string[];
  expectedVersion: number;
}): Promise<TargetView> {
  const { plan, sections, target } = await loadEditableTarget(options.user, options.targetId);
  const claim = { kind: "target", id: target.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, target.version);
  const owners = await db.targetOwner.findMany({ where: { targetId: target.id }, select: { sectionId: true, assignedById: true } });
  const problem = ownerAssignmentProblem({
    planOwnerCount: owners.filter((o) => o.assignedById === null).length,
    sectionIds: options.sectionIds,
    unitSectionIds: sections.map((s) => s.id),
  });
  if (problem) throw new AppError("BAD_USER_INPUT", problem, { fields: { sectionIds: problem } });
  const nameOf = new Map(sections.map((s) => [s.id, s.name]));
  // in the unit's section order, so the audit row reads like the page
  const ordered = sections.filter((s) => options.sectionIds.includes(s.id)).map((s) => s.id);
  const before = sections.filter((s) => owners.some((o) => o.sectionId === s.id)).map((s) => s.name);
  const now = new Date();
  await inVersionedTransaction(async (tx) => {
    const version = await claimVersion(tx, claim);
    await tx.targetOwner.deleteMany({ where: { targetId: target.id } });
    await tx.targetOwner.createMany({
      data: ordered.map((sectionId) => ({ targetId: target.id, sectionId, assignedById: options.user.id, assignedAt: now })),
    });
    await writeAudit(tx, {
      userId: options.user.id,
      action: "ASSIGN_TARGET_OWNERS",
      entityType: "Target",
      entityId: target.id,
      targetId: target.id,
      before: { owners: before.join("、") || null, version: claim.expected },
      after: { owners: ordered.map((id) => nameOf.get(id)).join("、") || null, version },
    });
  });
  const state = await loadPlanState(plan.id, { targetId: target.id });
  return state.targets[0];
}
