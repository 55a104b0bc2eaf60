import { z } from "zod";
import { canReadUnit } from "../../lib/server/access/scope";
import { findDutyList } from "../../lib/server/duties/find-duty-list";
import { findSectionDuties } from "../../lib/server/duties/find-section-duties";
import { linkTargetDuty } from "../../lib/server/duties/link-target-duty";
import { unlinkTargetDuty } from "../../lib/server/duties/unlink-target-duty";
import { operation } from "../../lib/server/operations/define-operation";
import { id, singleLine } from "../../lib/validation/primitives";
import { msg } from "../../lib/i18n/message-text";

/**
 * 责任清单: a document governments publish (duties, work items, sections with phones, boundaries, procedures,
 * public services), so every signed-in user reads any unit's list ("published"); what comes from plans (the
 * targets linked to a duty) only for those who read that unit's plans. Administrators keep their own unit's links.
 */
export const dutyList = operation({
  name: "Query.dutyList",
  roles: "SIGNED_IN",
  input: z.object({ unitId: id, search: singleLine(200, msg("field.search")).nullish() }),
  access: "published",
  resources: (i) => [{ kind: "unit", id: i.unitId }],
  run: ({ user, input, resources: [unit] }) => findDutyList({ ...input, withPlanData: canReadUnit(user, unit) }),
});

export const sectionDuties = operation({
  name: "Query.sectionDuties",
  roles: "SIGNED_IN",
  input: z.object({ sectionId: id }),
  access: "published",
  resources: (i) => [{ kind: "section", id: i.sectionId }],
  run: ({ user, input, resources: [section] }) => findSectionDuties({ ...input, withPlanData: canReadUnit(user, section) }),
});

export const linkTargetDutyOp = operation({
  name: "Mutation.linkTargetDuty",
  roles: ["ADMIN"],
  input: z.object({ targetId: id, dutyId: id, workItemId: id.nullish() }),
  access: "write",
  resources: (i) => [
    { kind: "target", id: i.targetId },
    { kind: "duty", id: i.dutyId },
    { kind: "workItem", id: i.workItemId },
  ],
  audit: "LINK_TARGET_DUTY",
  run: ({ user, input }) => linkTargetDuty({ ...input, user }),
});

export const unlinkTargetDutyOp = operation({
  name: "Mutation.unlinkTargetDuty",
  roles: ["ADMIN"],
  input: z.object({ linkId: id }),
  access: "write",
  resources: (i) => [{ kind: "dutyLink", id: i.linkId }],
  audit: "UNLINK_TARGET_DUTY",
  run: ({ user, input }) => unlinkTargetDuty({ ...input, user }),
});
