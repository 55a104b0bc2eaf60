import type { Resolvers } from "../generated/resolvers";

export const itemResolvers: Resolvers = {
  CountItem: {
    createdBy: async (item, _, { loaders }) => (await loaders.userById.load(item.createdById))!,
    evidence: (item, _, { loaders }) => loaders.evidenceByItem.load(item.id),
  },
};
