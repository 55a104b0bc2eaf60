import { z } from "zod";
import { operation } from "../../lib/server/operations/define-operation";
import { setTargetApplicability } from "../../lib/server/plans/set-applicability";
import { setTargetThresholds } from "../../lib/server/plans/set-thresholds";
import { threshold } from "../../lib/validation/numbers";
import { id, multiLine, version } from "../../lib/validation/primitives";
import { msg } from "../../lib/i18n/message-text";

/** 不适用 / 暂停 is the assessment team's decision; colour thresholds are the plan administrators'. */
export const setTargetApplicabilityOp = operation({
  name: "Mutation.setTargetApplicability",
  roles: ["ASSESSOR", "ADMIN"],
  input: z.object({
    targetId: id,
    applicability: z.enum(["ACTIVE", "NOT_APPLICABLE", "SUSPENDED"]),
    reason: multiLine(500, msg("field.reason")).nullish(),
    inactivePointsRule: z.enum(["REDISTRIBUTE", "REMOVE"]).nullish(),
    expectedVersion: version,
  }),
  access: "write",
  resources: (i) => [{ kind: "target", id: i.targetId }],
  version: "target",
  audit: "SET_APPLICABILITY",
  run: ({ user, input }) => setTargetApplicability({ ...input, user }),
});

const share = (what: string) =>
  threshold(what)
    .nullish()
    .transform((v) => v ?? null);

export const setTargetThresholdsOp = operation({
  name: "Mutation.setTargetThresholds",
  roles: ["ADMIN"],
  input: z.object({
    targetId: id,
    greenAt: share(msg("field.greenAt")),
    amberAt: share(msg("field.amberAt")),
    direction: z.enum(["HIGHER_IS_BETTER", "LOWER_IS_BETTER"]),
    expectedVersion: version,
  }),
  access: "write",
  resources: (i) => [{ kind: "target", id: i.targetId }],
  version: "target",
  audit: "SET_THRESHOLDS",
  run: ({ user, input }) => setTargetThresholds({ ...input, user }),
});
