import { baselineFrozen, kindFrozen } from "../../domain";
import { changedOnly, given } from "../../domain/audit-diff";
import type { TargetChanges } from "../../validation/plan-edit";
import { db } from "../db";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { findPlanEditor, type PlanEditorView } from "./find-plan-editor";
import {
  assertPlanValid,
  auditView,
  bad,
  checkTargetFields,
  loadEditableTarget,
  nameMaps,
  renumberTargets,
  stateOf,
  type TargetState,
} from "./plan-edit";
import { msg } from "../../i18n/message-text";

export interface UpdateTargetOptions {
  user: SessionUser;
  targetId: string;
  /** the version the editor was loaded with */
  expectedVersion: number;
  changes: TargetChanges;
}

/**
 * An administrator edits one target of their unit's plan: wording, title, kind, value, unit, window, owners,
 * points or area. The whole plan must still satisfy the plan rules; the target's version is claimed (a
 * stale editor gets CONFLICT), and the change and one audit row with old → new of each changed field commit
 * together. A call that changes nothing writes nothing.
 */
export async function updateTarget(options: UpdateTargetOptions): Promise<PlanEditorView> {
  const loaded = await loadEditableTarget(options.user, options.targetId);
  const { plan, sections, target } = loaded;
  const claim = { kind: "target", id: target.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, target.version);
  const current = stateOf(target);
  const changes = given(options.changes);

  const areaId = changes.areaId ?? current.areaId;
  if (!plan.areas.some((a) => a.id === areaId)) throw bad(msg("plan.areaNotInPlan"), { fields: { areaId: msg("plan.areaNotInPlan") } });
  let ownerIds = current.ownerIds;
  let unassigned = current.unassigned;
  if (changes.ownerIds !== undefined) {
    ownerIds = changes.ownerIds;
    unassigned = changes.unassigned ?? false;
  } else if (changes.unassigned != null) {
    unassigned = changes.unassigned;
    if (unassigned) ownerIds = [];
  }
  const fields = checkTargetFields(
    {
      ...current,
      ...changes,
      ownerIds,
      unassigned,
    },
    sections.map((s) => s.id),
  );
  const moved = areaId !== current.areaId;
  const next: TargetState = { ...fields, id: current.id, areaId, sortOrder: moved ? Number.MAX_SAFE_INTEGER : current.sortOrder };
  const all = plan.targets.map((t) => (t.id === current.id ? next : stateOf(t)));
  assertPlanValid(plan.areas, all, { areaIds: [current.areaId, areaId], targetIds: [current.id] });

  await refuseFrozenChanges(current, next);

  const names = nameMaps(loaded);
  const diff = changedOnly(auditView(current, names), auditView(next, names));
  if (Object.keys(diff.after).length === 0) return findPlanEditor({ user: options.user, planId: plan.id });

  const ownersChanged = [...current.ownerIds].sort().join() !== [...next.ownerIds].sort().join();
  await inVersionedTransaction(async (tx) => {
    const version = await claimVersion(tx, claim);
    await tx.target.update({
      where: { id: current.id },
      data: {
        areaId,
        code: next.code,
        title: next.title,
        wording: next.wording,
        kind: next.kind,
        measureUnit: next.measureUnit,
        targetValue: next.targetValue,
        baselineValue: next.baselineValue,
        // a baseline typed in the editor is the administrator's, not the demo set's or the plan's
        ...(next.baselineValue !== current.baselineValue ? { baselineSource: null } : {}),
        startMonth: next.startMonth,
        endMonth: next.endMonth,
        windowText: next.windowText,
        remarks: next.remarks,
        pointsOverride: next.pointsOverride,
      },
    });
    if (ownersChanged) {
      // a section the bureau assigned (assignTargetOwners) and the editor keeps stays marked as the bureau's
      const assigned = await tx.targetOwner.findMany({ where: { targetId: current.id, assignedById: { not: null } } });
      await tx.targetOwner.deleteMany({ where: { targetId: current.id } });
      await tx.targetOwner.createMany({
        data: next.ownerIds.map((sectionId) => {
          const kept = assigned.find((a) => a.sectionId === sectionId);
          return { targetId: current.id, sectionId, assignedById: kept?.assignedById ?? null, assignedAt: kept?.assignedAt ?? null };
        }),
      });
    }
    if (moved) await renumberTargets(tx, plan.areas, all);
    await writeAudit(tx, {
      userId: options.user.id,
      action: "UPDATE_TARGET",
      entityType: "Target",
      entityId: current.id,
      targetId: current.id,
      before: { ...diff.before, version: options.expectedVersion },
      after: { ...diff.after, version },
    });
  });
  return findPlanEditor({ user: options.user, planId: plan.id });
}

/** The baseline and the kind stop changing once they have been used (lib/domain/baseline.ts). */
async function refuseFrozenChanges(current: TargetState, next: TargetState): Promise<void> {
  const baselineChanged = next.baselineValue !== current.baselineValue;
  const kindChanged = next.kind !== current.kind;
  if (!baselineChanged && !kindChanged) return;
  const [entries, items, reviews] = await Promise.all([
    db.progressEntry.count({ where: { targetId: current.id } }),
    db.countItem.count({ where: { targetId: current.id } }),
    db.review.count({ where: { plan: { targets: { some: { id: current.id } } } } }),
  ]);
  const facts = { records: entries + items, reviews };
  if (kindChanged && kindFrozen(facts)) {
    throw bad(msg("plan.kindFrozen"), { fields: { kind: msg("plan.kindFrozenShort") } });
  }
  if (baselineChanged && baselineFrozen(facts)) {
    throw bad(msg("plan.baselineFrozen"), { fields: { baselineValue: msg("plan.baselineFrozenShort") } });
  }
}
