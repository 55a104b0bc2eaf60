import { z } from "zod";
import { addEvidence } from "../../lib/server/evidence/add-evidence";
import { operation } from "../../lib/server/operations/define-operation";
import { amendProgress } from "../../lib/server/progress/amend-progress";
import { confirmNoChange } from "../../lib/server/progress/confirm-no-change";
import { recordProgress } from "../../lib/server/progress/record-progress";
import { evidenceLink } from "../../lib/validation/evidence";
import { anyFigure } from "../../lib/validation/numbers";
import { calendarDate, id, multiLine, singleLine, version } from "../../lib/validation/primitives";
import { msg } from "../../lib/i18n/message-text";

/**
 * A section's figures: the heads of a section that owns the target (an administrator of the unit for any),
 * each write claiming the target's version. The figure's own rules (kind, plan year, the range of its kind and
 * unit: lib/domain/value-ranges.ts) are the service's; here it is finite and of a size some target may take.
 */
const figure = anyFigure(msg("field.value"));
const note = multiLine(2000, msg("field.note")).nullish();
const unit = singleLine(10, msg("field.amountUnit")).nullish();
const reportedFor = calendarDate(msg("field.reportedFor"));

export const recordProgressOp = operation({
  name: "Mutation.recordProgress",
  roles: ["SECTION_HEAD", "ADMIN"],
  input: z.object({
    targetId: id,
    value: figure,
    reportedFor,
    note,
    expectedVersion: version,
    confirmLarge: z.boolean().nullish(),
    unit,
  }),
  access: "report",
  resources: (i) => [{ kind: "target", id: i.targetId }],
  version: "target",
  audit: "RECORD_PROGRESS",
  run: ({ user, input }) => recordProgress({ ...input, user, confirmLarge: input.confirmLarge ?? false }),
});

export const amendProgressOp = operation({
  name: "Mutation.amendProgress",
  roles: ["SECTION_HEAD", "ADMIN"],
  input: z.object({
    entryId: id,
    action: z.enum(["CORRECTION", "WITHDRAWAL"]),
    value: figure.nullish(),
    reportedFor: reportedFor.nullish(),
    note,
    reason: multiLine(500, msg("field.reason")),
    expectedVersion: version,
    confirmLarge: z.boolean().nullish(),
    unit,
  }),
  access: "report",
  resources: (i) => [{ kind: "entry", id: i.entryId }],
  version: "target",
  audit: ["CORRECT_PROGRESS", "WITHDRAW_PROGRESS"],
  run: ({ user, input }) => amendProgress({ ...input, user, confirmLarge: input.confirmLarge ?? false }),
});

export const confirmNoChangeOp = operation({
  name: "Mutation.confirmNoChange",
  roles: ["SECTION_HEAD", "ADMIN"],
  input: z.object({ targetId: id, reportedFor, note, expectedVersion: version }),
  access: "report",
  resources: (i) => [{ kind: "target", id: i.targetId }],
  version: "target",
  audit: "CONFIRM_NO_CHANGE",
  run: ({ user, input }) => confirmNoChange({ ...input, user }),
});

export const addEvidenceLinkOp = operation({
  name: "Mutation.addEvidenceLink",
  roles: ["SECTION_HEAD", "ADMIN"],
  input: z.object({ entryId: id, ...evidenceLink }),
  access: "report",
  resources: (i) => [{ kind: "entry", id: i.entryId }],
  audit: "ADD_EVIDENCE",
  run: ({ user, input }) => addEvidence({ user, entryId: input.entryId, kind: "LINK", url: input.url, title: input.title }),
});
