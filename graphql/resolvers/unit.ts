import { listUnits } from "../../lib/server/units/list-units";
import { findSectionsByUnitIds } from "../../lib/server/units/find-sections";
import type { Resolvers } from "../generated/resolvers";

export const unitResolvers: Resolvers = {
  Query: {
    units: () => listUnits(),
    sections: (_, { unitId }) => findSectionsByUnitIds([unitId]),
  },
  Unit: {
    sections: (unit, _, { loaders }) => loaders.sectionsByUnit.load(unit.id),
    plans: (unit, _, { loaders }) => loaders.plansByUnit.load(unit.id),
  },
};
