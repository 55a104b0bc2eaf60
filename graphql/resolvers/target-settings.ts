import { permits } from "../../lib/server/operations/run-operation";
import { setTargetApplicabilityOp, setTargetThresholdsOp } from "../operations/target-settings";
import type { Resolvers } from "../generated/resolvers";

const ofUnit = (unitId: string) => ({ unitId, sectionIds: [] });

export const targetSettingsResolvers: Resolvers = {
  TargetDetail: {
    viewerCanSetApplicability: (d, _, { user }) => permits(setTargetApplicabilityOp, user, ofUnit(d.plan.unitId)),
    viewerCanSetThresholds: (d, _, { user }) => permits(setTargetThresholdsOp, user, ofUnit(d.plan.unitId)),
  },
};
