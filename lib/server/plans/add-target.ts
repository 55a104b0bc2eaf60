import { given } from "../../domain/audit-diff";
import { emptyTarget, type NewTarget } from "../../validation/plan-edit";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { notFound } from "../errors";
import { findPlanEditor, type PlanEditorView } from "./find-plan-editor";
import {
  assertPlanValid,
  auditView,
  checkTargetFields,
  loadEditablePlan,
  nameMaps,
  renumberTargets,
  stateOf,
  type TargetState,
} from "./plan-edit";

export type AddTargetOptions = NewTarget & { user: SessionUser };

/**
 * An administrator adds a target at the end of an area of their unit's plan. It starts a lineage of its
 * own (no earlier year) and must leave the plan valid: a code not yet used, owners or 未指定, points adding up.
 */
export async function addTarget(options: AddTargetOptions): Promise<PlanEditorView> {
  const area = await db.area.findUnique({ where: { id: options.areaId }, select: { planId: true } });
  if (!area) throw notFound("noun.area");
  const loaded = await loadEditablePlan(options.user, area.planId);
  const { plan, sections } = loaded;
  // a field it was not given is as on an empty target
  const { user: _user, areaId: _area, ...sent } = options;
  const fields = checkTargetFields(
    { ...emptyTarget, ...given(sent) },
    sections.map((s) => s.id),
  );
  const draft: TargetState = { ...fields, id: "(new)", areaId: options.areaId, sortOrder: Number.MAX_SAFE_INTEGER };
  const all = [...plan.targets.map(stateOf), draft];
  assertPlanValid(plan.areas, all, { areaIds: [options.areaId], targetIds: [draft.id] });

  await db.$transaction(async (tx) => {
    const created = await tx.target.create({
      data: {
        planId: plan.id,
        areaId: options.areaId,
        code: fields.code,
        title: fields.title,
        wording: fields.wording,
        kind: fields.kind,
        measureUnit: fields.measureUnit,
        targetValue: fields.targetValue,
        baselineValue: fields.baselineValue,
        startMonth: fields.startMonth,
        endMonth: fields.endMonth,
        windowText: fields.windowText,
        remarks: fields.remarks,
        pointsOverride: fields.pointsOverride,
        sortOrder: plan.targets.length,
        owners: { create: fields.ownerIds.map((sectionId) => ({ sectionId })) },
      },
    });
    await renumberTargets(
      tx,
      plan.areas,
      all.map((t) => (t === draft ? { ...t, id: created.id, sortOrder: plan.targets.length } : t)),
    );
    await writeAudit(tx, {
      userId: options.user.id,
      action: "ADD_TARGET",
      entityType: "Target",
      entityId: created.id,
      targetId: created.id,
      before: null,
      after: { ...auditView({ ...draft, id: created.id }, nameMaps(loaded)), version: created.version },
    });
  });
  return findPlanEditor({ user: options.user, planId: plan.id });
}
