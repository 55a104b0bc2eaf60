import { canLinkDuties } from "../../lib/server/duties/duty-rules";
import { findDutyList } from "../../lib/server/duties/find-duty-list";
import { findLinkableTargets } from "../../lib/server/duties/find-linkable-targets";
import { findSectionDuties } from "../../lib/server/duties/find-section-duties";
import { linkTargetDuty } from "../../lib/server/duties/link-target-duty";
import { unlinkTargetDuty } from "../../lib/server/duties/unlink-target-duty";
import type { Resolvers } from "../generated/resolvers";

export const dutyResolvers: Resolvers = {
  Query: {
    dutyList: (_, { unitId, search }) => findDutyList({ unitId, search }),
    sectionDuties: (_, { sectionId }) => findSectionDuties({ sectionId }),
  },
  Mutation: {
    // The rules in graphql/authorization.ts guarantee an administrator here; the service checks the unit.
    linkTargetDuty: (_, { input }, { user }) => linkTargetDuty({ ...input, user: user! }),
    unlinkTargetDuty: (_, { linkId }, { user }) => unlinkTargetDuty({ user: user!, linkId }),
  },
  DutyList: {
    viewerCanLink: (list, _, { user }) => canLinkDuties(user, list.unit.id),
    linkableTargets: (list) => findLinkableTargets({ unitId: list.unit.id }),
  },
};
