import { z } from "zod";
import { addEvidence } from "../../lib/server/evidence/add-evidence";
import { addCountItem } from "../../lib/server/items/add-count-item";
import { updateCountItem } from "../../lib/server/items/update-count-item";
import { withdrawCountItem } from "../../lib/server/items/withdraw-count-item";
import { operation } from "../../lib/server/operations/define-operation";
import { evidenceLink } from "../../lib/validation/evidence";
import { countItemDetailFields } from "../../lib/validation/count-item";
import { changesOf, id, isoDate, multiLine, singleLine, version } from "../../lib/validation/primitives";
import { msg } from "../../lib/i18n/message-text";

/**
 * 逐项登记: the named items a count target is counted from, written like its figures (section ownership). The
 * details are lib/validation/count-item's fields (left out: none on a new item, unchanged on an edit; null: none).
 */
const itemFields = changesOf(countItemDetailFields);

export const addCountItemOp = operation({
  name: "Mutation.addCountItem",
  roles: ["SECTION_HEAD", "ADMIN"],
  input: z.object({
    targetId: id,
    name: singleLine(200, msg("field.itemName")),
    date: isoDate,
    sectionId: id.nullish(),
    ...itemFields,
    confirmOutsideWindow: z.boolean().nullish(),
    expectedVersion: version,
  }),
  access: "report",
  // the responsible section must be one of the target's own unit (the service checks it owns the target)
  resources: (i) => [
    { kind: "target", id: i.targetId },
    { kind: "section", id: i.sectionId, access: "write" },
  ],
  version: "target",
  audit: "ADD_COUNT_ITEM",
  run: ({ user, input }) => addCountItem({ ...input, user }),
});

export const updateCountItemOp = operation({
  name: "Mutation.updateCountItem",
  roles: ["SECTION_HEAD", "ADMIN"],
  input: z.object({
    itemId: id,
    name: singleLine(200, msg("field.itemName")).nullish(),
    date: isoDate.nullish(),
    sectionId: id.nullish(),
    ...itemFields,
    confirmOutsideWindow: z.boolean().nullish(),
    expectedVersion: version,
  }),
  access: "report",
  resources: (i) => [
    { kind: "item", id: i.itemId },
    { kind: "section", id: i.sectionId, access: "write" },
  ],
  version: "item",
  audit: "UPDATE_COUNT_ITEM",
  run: ({ user, input }) => updateCountItem({ ...input, user }),
});

export const withdrawCountItemOp = operation({
  name: "Mutation.withdrawCountItem",
  roles: ["SECTION_HEAD", "ADMIN"],
  input: z.object({ itemId: id, reason: multiLine(500, msg("field.withdrawReason")), expectedVersion: version }),
  access: "report",
  resources: (i) => [{ kind: "item", id: i.itemId }],
  version: "item",
  audit: "WITHDRAW_COUNT_ITEM",
  run: ({ user, input }) => withdrawCountItem({ ...input, user }),
});

export const addItemEvidenceLinkOp = operation({
  name: "Mutation.addItemEvidenceLink",
  roles: ["SECTION_HEAD", "ADMIN"],
  input: z.object({ itemId: id, ...evidenceLink }),
  access: "report",
  resources: (i) => [{ kind: "item", id: i.itemId }],
  audit: "ADD_EVIDENCE",
  run: ({ user, input }) => addEvidence({ user, itemId: input.itemId, kind: "LINK", url: input.url, title: input.title }),
});
