import { z } from "zod";
import { operation } from "../../lib/server/operations/define-operation";
import { addTarget } from "../../lib/server/plans/add-target";
import { copyPlan } from "../../lib/server/plans/copy-plan";
import { findPlanEditor } from "../../lib/server/plans/find-plan-editor";
import { importPlan } from "../../lib/server/plans/import-plan";
import { moveTarget } from "../../lib/server/plans/move-target";
import { removeTarget } from "../../lib/server/plans/remove-target";
import { updateArea } from "../../lib/server/plans/update-area";
import { given } from "../../lib/domain/audit-diff";
import { assignTargetOwners } from "../../lib/server/plans/assign-target-owners";
import { updateTarget } from "../../lib/server/plans/update-target";
import { areaFieldsSchema, newTargetSchema, targetChangesSchema } from "../../lib/validation/plan-edit";
import { points } from "../../lib/validation/numbers";
import { changesOf, id, singleLine, version, year } from "../../lib/validation/primitives";
import { msg } from "../../lib/i18n/message-text";

/**
 * Plan administration: administrators edit their own unit's plans. A target's and an area's fields are the
 * schemas of lib/validation/plan-edit.ts, as the forms check them; the plan rules (codes unique, points
 * adding up, windows) are the services'.
 */

const sectionClaims = (ids: readonly string[] | null | undefined) => (ids ?? []).map((s) => ({ kind: "section" as const, id: s }));

export const planEditor = operation({
  name: "Query.planEditor",
  roles: "SIGNED_IN",
  input: z.object({ planId: id }),
  access: "read",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  run: ({ user, input }) => findPlanEditor({ user, planId: input.planId }),
});

export const copyPlanOp = operation({
  name: "Mutation.copyPlan",
  roles: ["ADMIN"],
  input: z.object({ planId: id, year, title: singleLine(200, msg("field.planTitle")).nullish() }),
  access: "write",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  audit: "COPY_PLAN",
  run: ({ user, input }) => copyPlan({ user, ...input }),
});

export const updateTargetOp = operation({
  name: "Mutation.updateTarget",
  roles: ["ADMIN"],
  input: z.object({ targetId: id, expectedVersion: version, changes: targetChangesSchema }),
  access: "write",
  resources: (i) => [{ kind: "target", id: i.targetId }, { kind: "area", id: i.changes.areaId }, ...sectionClaims(i.changes.ownerIds)],
  version: "target",
  audit: "UPDATE_TARGET",
  run: ({ user, input }) =>
    updateTarget({ user, targetId: input.targetId, expectedVersion: input.expectedVersion, changes: given(input.changes) }),
});

/** 指定填报科室 for a target the plan left without an owner (the bureau's decision, shown apart from the plan). */
export const assignTargetOwnersOp = operation({
  name: "Mutation.assignTargetOwners",
  roles: ["ADMIN"],
  input: z.object({ targetId: id, sectionIds: z.array(id).max(10, "最多指定 10 个科室"), expectedVersion: version }),
  access: "write",
  resources: (i) => [{ kind: "target", id: i.targetId }, ...sectionClaims(i.sectionIds)],
  version: "target",
  audit: "ASSIGN_TARGET_OWNERS",
  run: ({ user, input }) => assignTargetOwners({ user, ...input }),
});

export const addTargetOp = operation({
  name: "Mutation.addTarget",
  roles: ["ADMIN"],
  input: newTargetSchema,
  access: "write",
  resources: (i) => [{ kind: "area", id: i.areaId }, ...sectionClaims(i.ownerIds)],
  audit: "ADD_TARGET",
  run: ({ user, input }) => addTarget({ ...input, user }),
});

export const removeTargetOp = operation({
  name: "Mutation.removeTarget",
  roles: ["ADMIN"],
  input: z.object({ targetId: id, expectedVersion: version }),
  access: "write",
  resources: (i) => [{ kind: "target", id: i.targetId }],
  version: "target",
  audit: "REMOVE_TARGET",
  run: ({ user, input }) => removeTarget({ user, ...input }),
});

export const moveTargetOp = operation({
  name: "Mutation.moveTarget",
  roles: ["ADMIN"],
  input: z.object({ targetId: id, direction: z.enum(["UP", "DOWN"]), expectedVersion: version }),
  access: "write",
  resources: (i) => [{ kind: "target", id: i.targetId }],
  version: "target",
  audit: "MOVE_TARGET",
  run: ({ user, input }) => moveTarget({ user, ...input }),
});

export const updateAreaOp = operation({
  name: "Mutation.updateArea",
  roles: ["ADMIN"],
  input: z.object({
    areaId: id,
    ...changesOf(areaFieldsSchema.shape),
    targetPoints: z
      .array(
        z.object({
          targetId: id,
          pointsOverride: points()
            .nullish()
            .transform((v) => v ?? null),
          expectedVersion: version,
        }),
      )
      .max(500)
      .nullish(),
  }),
  access: "write",
  resources: (i) => [{ kind: "area", id: i.areaId }, ...(i.targetPoints ?? []).map((t) => ({ kind: "target" as const, id: t.targetId }))],
  version: "target",
  audit: "UPDATE_AREA",
  run: ({ user, input }) => updateArea({ user, ...input, targetPoints: input.targetPoints ?? undefined }),
});

export const importPlanOp = operation({
  name: "Mutation.importPlan",
  roles: ["ADMIN"],
  // a plan template of 2,000 rows is well under 8 MB of base64
  input: z.object({
    year,
    title: singleLine(200, msg("field.planTitle")).nullish(),
    fileName: singleLine(200, msg("field.fileName")),
    fileBase64: z
      .string()
      .max(8_000_000, "文件过大")
      .regex(/^[A-Za-z0-9+/=\s]*$/, "文件内容应为 base64 编码"),
    dryRun: z.boolean(),
  }),
  access: "write",
  resources: () => [],
  audit: "IMPORT_PLAN",
  run: ({ user, input }) => importPlan({ ...input, user }),
});
