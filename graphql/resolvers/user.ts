import type { Resolvers } from "../generated/resolvers";

export const userResolvers: Resolvers = {
  Query: {
    me: (_, __, { user, loaders }) => (user ? loaders.userById.load(user.id) : null),
  },
};
