import type { Prisma } from "../../../generated/prisma/client";
import type { TargetKind } from "../../domain";
import { UNASSIGNED, validatePlanDraft, type DraftArea, type PlanIssueField } from "../../domain/plan-validation";
import { issueFields } from "../../validation/progress";
import { targetFieldsSchema, type TargetFields } from "../../validation/plan-edit";
import { canManagePlans } from "../access/permissions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { msg, msgList } from "../../i18n/message-text";
import { messages } from "../../i18n/messages";

/**
 * The steps every plan edit shares (lib/server/plans/{update,add,remove,move}-target.ts, update-area.ts):
 * load the plan for an administrator of its own unit, check a changed plan against the plan rules and
 * describe a target for the audit row (old → new). Targets' versions are claimed with
 * lib/server/concurrency/versioned-write.ts.
 */

export async function loadEditablePlan(user: SessionUser, planId: string) {
  const plan = await db.plan.findUnique({
    where: { id: planId },
    include: {
      areas: { orderBy: { sortOrder: "asc" } },
      targets: { orderBy: { sortOrder: "asc" }, include: { owners: { select: { sectionId: true } } } },
    },
  });
  if (!plan) throw notFound("noun.plan");
  if (!canManagePlans(user, plan.unitId)) throw new AppError("FORBIDDEN", msg("plan.manageOwnUnit"));
  const sections = await db.section.findMany({
    where: { unitId: plan.unitId },
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true },
  });
  return { plan, sections };
}

export type EditablePlan = Awaited<ReturnType<typeof loadEditablePlan>>;
export type EditableTargetRow = EditablePlan["plan"]["targets"][number];
export type EditableAreaRow = EditablePlan["plan"]["areas"][number];

export async function loadEditableTarget(user: SessionUser, targetId: string) {
  const row = await db.target.findUnique({ where: { id: targetId }, select: { planId: true } });
  if (!row) throw notFound("noun.target");
  const loaded = await loadEditablePlan(user, row.planId);
  return { ...loaded, target: loaded.plan.targets.find((t) => t.id === targetId)! };
}

/** A target's editable fields, as the plan rules see them (no owners means 未指定), and where it stands. */
export type TargetState = TargetFields & Pick<EditableTargetRow, "id" | "areaId" | "sortOrder">;

export function stateOf(t: EditableTargetRow): TargetState {
  const ownerIds = t.owners.map((o) => o.sectionId);
  return {
    id: t.id,
    areaId: t.areaId,
    sortOrder: t.sortOrder,
    code: t.code,
    title: t.title,
    wording: t.wording,
    kind: t.kind as TargetKind,
    measureUnit: t.measureUnit,
    targetValue: t.targetValue,
    baselineValue: t.baselineValue,
    startMonth: t.startMonth,
    endMonth: t.endMonth,
    windowText: t.windowText,
    remarks: t.remarks,
    pointsOverride: t.pointsOverride,
    ownerIds,
    unassigned: ownerIds.length === 0,
  };
}

const FIELD_OF_ISSUE: Record<PlanIssueField, string> = {
  window: "startMonth",
  owners: "ownerIds",
  points: "pointsOverride",
  code: "code",
  areaCode: "areaCode",
  areaPoints: "points",
  area: "areaId",
};

export const bad = (message: string, details?: Record<string, unknown>) => new AppError("BAD_USER_INPUT", message, details);

/** One target's own fields (zod + the per-target plan rules); every problem named by its field. */
export function checkTargetFields(input: unknown, sectionIds: readonly string[]): TargetFields {
  const parsed = targetFieldsSchema.safeParse(input);
  if (!parsed.success) {
    const fields = issueFields(parsed.error);
    throw bad(msgList(Object.values(fields)), { fields });
  }
  const foreign = parsed.data.ownerIds.filter((id) => !sectionIds.includes(id));
  if (foreign.length > 0) throw bad(msg("plan.ownersOwnUnit"), { fields: { ownerIds: msg("plan.ownersOwnUnit") } });
  return parsed.data;
}

/**
 * The whole plan after a change must satisfy the plan rules; only problems in the areas or targets the
 * change touched are reported, so an edit is never blamed for another area's state.
 */
export function assertPlanValid(
  areas: { id: string; code: string; name: string; points: number }[],
  targets: TargetState[],
  touched: { areaIds: Iterable<string>; targetIds: Iterable<string> },
) {
  const areaIds = new Set(touched.areaIds);
  const targetIds = new Set(touched.targetIds);
  const drafts: DraftArea<string>[] = areas.map((a) => ({
    code: a.code,
    name: a.name,
    points: a.points,
    targets: targets
      .filter((t) => t.areaId === a.id)
      .map((t) => ({
        ref: t.id,
        code: t.code,
        startMonth: t.startMonth,
        endMonth: t.endMonth,
        owners: t.ownerIds,
        unassigned: t.unassigned,
        pointsOverride: t.pointsOverride,
      })),
  }));
  const touchedCodes = new Set(areas.filter((a) => areaIds.has(a.id)).map((a) => a.code));
  const codeOf = new Map(targets.map((t) => [t.id, t.code]));
  const issues = validatePlanDraft(drafts).filter(
    (i) => (i.areaCode !== null && touchedCodes.has(i.areaCode)) || i.refs.some((r) => targetIds.has(r)),
  );
  if (issues.length === 0) return;
  const fields: Record<string, string> = {};
  for (const i of issues) {
    if (i.refs.some((r) => targetIds.has(r))) fields[FIELD_OF_ISSUE[i.field]] ??= i.message;
  }
  const message = msgList(
    issues
      // window and owner messages do not say which target they are about; the others name it or its area
      .map((i) =>
        i.refs.length === 1 && (i.field === "window" || i.field === "owners")
          ? msg("plan.targetProblem", { code: codeOf.get(i.refs[0]) ?? "", problem: i.message })
          : i.message,
      )
      .filter((m, n, all) => all.indexOf(m) === n),
  );
  throw bad(message, { fields, problems: issues.map((i) => ({ field: i.field, message: i.message, targetIds: i.refs })) });
}

/** Writes sortOrder so that targets follow their areas' order, each area's targets in the given order. */
export async function renumberTargets(
  tx: Prisma.TransactionClient,
  areas: { id: string }[],
  targets: { id: string; areaId: string; sortOrder: number }[],
) {
  const ordered = areas.flatMap((a) => targets.filter((t) => t.areaId === a.id));
  for (const [i, t] of ordered.entries()) {
    if (t.sortOrder !== i) await tx.target.update({ where: { id: t.id }, data: { sortOrder: i } });
  }
}

/** the audit row's kind in words: the catalogue's label (lib/i18n/messages.ts), as the log has always stored it */
const KIND_ZH: Record<TargetKind, string> = messages.zh.kind;

export function windowLabel(start: number | null, end: number | null): string {
  if (start === null || end === null) return `${UNASSIGNED}（按全年）`;
  return start === end ? `${start}月` : `${start}–${end}月`;
}

/** A target as the audit log shows it: readable values (names, months), one field per key. */
export function auditView(t: TargetState, names: { sections: Map<string, string>; areas: Map<string, string> }) {
  return {
    area: names.areas.get(t.areaId) ?? t.areaId,
    code: t.code,
    title: t.title,
    wording: t.wording,
    kind: KIND_ZH[t.kind],
    measureUnit: t.measureUnit,
    targetValue: t.targetValue,
    baselineValue: t.baselineValue,
    window: windowLabel(t.startMonth, t.endMonth),
    windowText: t.windowText,
    owners: t.ownerIds.length ? t.ownerIds.map((id) => names.sections.get(id) ?? id).join("、") : UNASSIGNED,
    pointsOverride: t.pointsOverride,
    remarks: t.remarks,
  };
}

export function nameMaps(loaded: EditablePlan) {
  return {
    sections: new Map(loaded.sections.map((s) => [s.id, s.name])),
    areas: new Map(loaded.plan.areas.map((a) => [a.id, a.name])),
  };
}
