import { permits } from "../../lib/server/operations/run-operation";
import type { TargetView } from "../../lib/server/plan-state/target-view";
import { updateTargetOp } from "../operations/plan-admin";
import { recordProgressOp } from "../operations/progress";
import { openReviewOp } from "../operations/reviews";
import type { Resolvers } from "../generated/resolvers";

/** A target as the access rules see it: its unit and the sections that own it. */
export const ownedTarget = (t: Pick<TargetView, "unitId" | "owners">) => ({ unitId: t.unitId, sectionIds: t.owners.map((o) => o.id) });

const ofPlan = (p: { unitId: string }) => ({ unitId: p.unitId, sectionIds: [] });

export const planResolvers: Resolvers = {
  PlanInfo: {
    viewerCanEdit: (p, _, { user }) => permits(updateTargetOp, user, ofPlan(p)),
    viewerCanAssess: (p, _, { user }) => permits(openReviewOp, user, ofPlan(p)),
  },
  TargetProgress: {
    viewerCanRecord: (p, _, { user }) => permits(recordProgressOp, user, ownedTarget(p.target)),
  },
};
