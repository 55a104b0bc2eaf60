import { z } from "zod";
import { msg } from "../../lib/i18n/message-text";
import { operation } from "../../lib/server/operations/define-operation";
import { setGradeBands } from "../../lib/server/scores/set-grade-bands";
import { setProvinceScore } from "../../lib/server/scores/set-province-score";
import { findProvinceOverview } from "../../lib/server/units/find-province-overview";
import { setExternalAssessment } from "../../lib/server/units/set-external-assessment";
import { anyScore } from "../../lib/validation/numbers";
import { externalAssessmentInput, gradeShare } from "../../lib/validation/province";
import { asOf, id, multiLine, version, year } from "../../lib/validation/primitives";

/**
 * 省厅: its page reads its own unit (and through the read rule the city bureaus below); the province's 考核组 scores
 * the cities' plans and records their 市州人民政府绩效考核结果 — access "supervise": the resource's unit sits directly
 * under the caller's province. A city's own 考核组 sets its plan's 等次 bands with its scoring.
 */
export const provinceOverview = operation({
  name: "Query.provinceOverview",
  roles: "SIGNED_IN",
  input: z.object({ unitId: id, year: year.nullish(), asOf }),
  access: "read",
  resources: (i) => [{ kind: "unit", id: i.unitId }],
  run: ({ input }) => findProvinceOverview(input),
});

export const setProvinceScoreOp = operation({
  name: "Mutation.setProvinceScore",
  roles: ["ASSESSOR"],
  input: z.object({
    targetId: id,
    provinceScore: anyScore()
      .nullish()
      .transform((v) => v ?? null),
    reason: multiLine(500, msg("field.provinceReason")).nullish(),
    expectedVersion: version,
  }),
  access: "supervise",
  resources: (i) => [{ kind: "target", id: i.targetId }],
  version: "provinceScore",
  audit: "SET_PROVINCE_SCORE",
  run: ({ user, input }) => setProvinceScore({ ...input, user }),
});

export const setExternalAssessmentOp = operation({
  name: "Mutation.setExternalAssessment",
  roles: ["ASSESSOR"],
  input: z.object({ unitId: id, year, ...externalAssessmentInput, expectedVersion: version }),
  access: "supervise",
  resources: (i) => [{ kind: "unit", id: i.unitId }],
  version: "externalAssessment",
  audit: "SET_EXTERNAL_ASSESSMENT",
  run: ({ user, input }) => setExternalAssessment({ ...input, user }),
});

export const setGradeBandsOp = operation({
  name: "Mutation.setGradeBands",
  roles: ["ASSESSOR", "ADMIN"],
  input: z.object({ planId: id, excellentAt: gradeShare, goodAt: gradeShare, passAt: gradeShare }),
  access: "write",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  audit: "SET_GRADE_BANDS",
  run: ({ user, input }) => setGradeBands({ ...input, user }),
});
