import { changeOwnPassword } from "../../lib/server/users/change-own-password";
import { createUser } from "../../lib/server/users/create-user";
import { listUsers } from "../../lib/server/users/list-users";
import { resetPassword } from "../../lib/server/users/reset-password";
import { updateUser } from "../../lib/server/users/update-user";
import type { Resolvers } from "../generated/resolvers";

export const userResolvers: Resolvers = {
  Query: {
    me: (_, __, { user, loaders }) => (user ? loaders.userById.load(user.id) : null),
    // The rules in graphql/authorization.ts guarantee a signed-in user (an administrator for users and the
    // account mutations) here.
    users: (_, __, { user }) => listUsers({ user: user! }),
  },
  Mutation: {
    createUser: (_, { input }, { user }) => createUser({ ...input, user: user! }),
    updateUser: (_, { input }, { user }) => updateUser({ ...input, user: user! }),
    resetUserPassword: (_, { userId, password }, { user }) => resetPassword({ user: user!, userId, password }),
    changeOwnPassword: async (_, { currentPassword, newPassword }, { user, loaders }) => {
      const { id } = await changeOwnPassword({ user: user!, currentPassword, newPassword });
      return (await loaders.userById.load(id))!;
    },
  },
  User: {
    mustChangePassword: (u, _, { user }) => (user && (user.id === u.id || user.role === "ADMIN") ? u.mustChangePassword : null),
  },
};
