import type { Resolvers } from "../generated/resolvers";

export const unitResolvers: Resolvers = {
  Unit: {
    sections: (unit, _, { loaders }) => loaders.sectionsByUnit.load(unit.id),
    // the loader holds only the plans the caller reads (graphql/loaders.ts)
    plans: (unit, _, { loaders }) => loaders.plansByUnit.load(unit.id),
  },
};
