import { issueFields } from "../../validation/progress";
import { given } from "../../domain/audit-diff";
import { areaFieldsSchema, type AreaFields } from "../../validation/plan-edit";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction, type VersionClaim } from "../concurrency/versioned-write";
import { db } from "../db";
import { notFound } from "../errors";
import { findPlanEditor, type PlanEditorView } from "./find-plan-editor";
import { assertPlanValid, bad, loadEditablePlan, stateOf } from "./plan-edit";
import { msg, msgList } from "../../i18n/message-text";

/** the area's fields it changes (the others stay as they are) */
export interface UpdateAreaOptions extends Partial<AreaFields> {
  user: SessionUser;
  areaId: string;
  /** per-target points in the same step, so an area can move from one valid split to another; each with the
   * target's version the editor was loaded with (claimed when its points change) */
  targetPoints?: { targetId: string; pointsOverride: number | null; expectedVersion: number }[] | null;
}

/**
 * An administrator edits an area of their unit's plan: code, name, category, points and, together, the
 * points of its targets. The area's targets must add up afterwards. Targets whose points change have their
 * version claimed; one audit row holds old → new of every changed value.
 */
export async function updateArea(options: UpdateAreaOptions): Promise<PlanEditorView> {
  const row = await db.area.findUnique({ where: { id: options.areaId }, select: { planId: true } });
  if (!row) throw notFound("noun.area");
  const { plan } = await loadEditablePlan(options.user, row.planId);
  const area = plan.areas.find((a) => a.id === options.areaId)!;
  const { user: _user, areaId: _area, targetPoints: _points, ...changes } = options;
  const parsed = areaFieldsSchema.safeParse({ ...area, ...given(changes) });
  if (!parsed.success) {
    const fields = issueFields(parsed.error);
    throw bad(msgList(Object.values(fields)), { fields });
  }
  const next = parsed.data;
  if (plan.areas.some((a) => a.id !== area.id && a.code === next.code)) {
    throw bad(msg("plan.areaCodeTaken", { code: next.code }), { fields: { code: msg("plan.areaCodeDuplicate") } });
  }

  const targets = plan.targets.map(stateOf);
  const pointChanges: { id: string; code: string; before: number | null; after: number | null; claim: VersionClaim }[] = [];
  for (const change of options.targetPoints ?? []) {
    const t = plan.targets.find((x) => x.id === change.targetId);
    if (!t || t.areaId !== area.id) throw bad(msg("plan.targetNotInArea"));
    if (change.pointsOverride !== null && (!Number.isFinite(change.pointsOverride) || change.pointsOverride < 0)) {
      throw bad(msg("plan.targetProblem", { code: t.code, problem: msg("points.negative") }), {
        fields: { [`points.${t.id}`]: msg("points.negative") },
      });
    }
    if (change.pointsOverride === t.pointsOverride) continue;
    const claim = { kind: "target", id: t.id, expected: change.expectedVersion } as const;
    await assertCurrent(claim, t.version);
    pointChanges.push({ id: t.id, code: t.code, before: t.pointsOverride, after: change.pointsOverride, claim });
    targets.find((x) => x.id === t.id)!.pointsOverride = change.pointsOverride;
  }
  const areas = plan.areas.map((a) => (a.id === area.id ? { ...a, ...next } : a));
  assertPlanValid(areas, targets, { areaIds: [area.id], targetIds: [] });

  const keys = (["code", "name", "category", "points"] as const).filter((k) => next[k] !== area[k]);
  if (keys.length === 0 && pointChanges.length === 0) return findPlanEditor({ user: options.user, planId: plan.id });
  await inVersionedTransaction(async (tx) => {
    if (keys.length > 0) await tx.area.update({ where: { id: area.id }, data: next });
    for (const c of pointChanges) {
      await claimVersion(tx, c.claim);
      await tx.target.update({ where: { id: c.id }, data: { pointsOverride: c.after } });
    }
    await writeAudit(tx, {
      userId: options.user.id,
      action: "UPDATE_AREA",
      entityType: "Area",
      entityId: area.id,
      // one target's points changed: the row shows in that target's history too
      targetId: pointChanges.length === 1 ? pointChanges[0].id : null,
      before: {
        ...Object.fromEntries(keys.map((k) => [k, area[k]])),
        ...Object.fromEntries(pointChanges.map((c) => [`${c.code} 分值`, c.before])),
      },
      after: {
        ...Object.fromEntries(keys.map((k) => [k, next[k]])),
        ...Object.fromEntries(pointChanges.map((c) => [`${c.code} 分值`, c.after])),
      },
    });
  });
  return findPlanEditor({ user: options.user, planId: plan.id });
}
