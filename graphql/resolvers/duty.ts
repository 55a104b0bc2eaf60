import { findLinkableTargets } from "../../lib/server/duties/find-linkable-targets";
import { permits } from "../../lib/server/operations/run-operation";
import { linkTargetDutyOp } from "../operations/duties";
import type { Resolvers } from "../generated/resolvers";

const canLink = (user: Parameters<typeof permits>[1], unitId: string) => permits(linkTargetDutyOp, user, { unitId, sectionIds: [] });

export const dutyResolvers: Resolvers = {
  DutyList: {
    viewerCanLink: (list, _, { user }) => canLink(user, list.unit.id),
    // the link form's choices: plan data, so only for those who may link (their own unit's administrators)
    linkableTargets: (list, _, { user }) => (canLink(user, list.unit.id) ? findLinkableTargets({ unitId: list.unit.id }) : []),
  },
};
