import type { Resolvers } from "../generated/resolvers";

export const userResolvers: Resolvers = {
  User: {
    mustChangePassword: (u, _, { user }) => (user && (user.id === u.id || user.role === "ADMIN") ? u.mustChangePassword : null),
  },
};
