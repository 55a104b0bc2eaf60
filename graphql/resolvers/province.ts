import { permits } from "../../lib/server/operations/run-operation";
import { setExternalAssessmentOp, setProvinceScoreOp } from "../operations/province";
import type { Resolvers } from "../generated/resolvers";

export const provinceResolvers: Resolvers = {
  ScoreRow: {
    provinceBy: (row, _, { loaders }) => (row.provinceById ? loaders.userById.load(row.provinceById) : null),
    // the operation's own rule (access "supervise"): the province's 考核组 over the plan's unit
    viewerCanProvinceScore: (row, _, { user }) =>
      row.basis !== "INACTIVE" && permits(setProvinceScoreOp, user, { ...row.planUnit, sectionIds: [] }),
  },
  ProvinceCityRow: {
    viewerCanAssess: (row, _, { user }) =>
      permits(setExternalAssessmentOp, user, {
        unitId: row.unit.id,
        parentUnitId: row.provinceId,
        parentLevel: "PROVINCE",
        sectionIds: [],
      }),
  },
  ExternalAssessment: {
    updatedBy: (e, _, { loaders }) => loaders.userById.load(e.updatedById),
  },
};
