import { z } from "zod";
import { operation, publicOperation } from "../../lib/server/operations/define-operation";
import { changeOwnPassword } from "../../lib/server/users/change-own-password";
import { createUser } from "../../lib/server/users/create-user";
import { resetPassword } from "../../lib/server/users/reset-password";
import { findUsersByIds } from "../../lib/server/users/find-users";
import { listUsers } from "../../lib/server/users/list-users";
import { updateUser } from "../../lib/server/users/update-user";
import { ROLES } from "../../lib/validation/user";
import { id, noInput, text, version } from "../../lib/validation/primitives";

/**
 * Accounts: administrators manage the users of their own unit (the password rules are lib/validation/user.ts,
 * applied by the services); everyone changes their own password.
 */
const role = z.enum(ROLES);
const password = text(128);

export const createUserOp = operation({
  name: "Mutation.createUser",
  roles: ["ADMIN"],
  input: z.object({ username: text(64), displayName: text(100), role, sectionId: id.nullish(), password }),
  access: "write",
  resources: (i) => [{ kind: "section", id: i.sectionId }],
  audit: "CREATE_USER",
  run: ({ user, input }) => createUser({ ...input, user }),
});

export const updateUserOp = operation({
  name: "Mutation.updateUser",
  roles: ["ADMIN"],
  input: z.object({
    userId: id,
    displayName: text(100).nullish(),
    role: role.nullish(),
    sectionId: id.nullish(),
    active: z.boolean().nullish(),
    expectedVersion: version,
  }),
  access: "write",
  version: "user",
  resources: (i) => [
    { kind: "user", id: i.userId },
    { kind: "section", id: i.sectionId },
  ],
  audit: "UPDATE_USER",
  run: ({ user, input }) => updateUser({ ...input, user }),
});

export const resetUserPasswordOp = operation({
  name: "Mutation.resetUserPassword",
  roles: ["ADMIN"],
  input: z.object({ userId: id, password, expectedVersion: version }),
  access: "write",
  version: "user",
  resources: (i) => [{ kind: "user", id: i.userId }],
  audit: "RESET_PASSWORD",
  run: ({ user, input }) => resetPassword({ ...input, user }),
});

export const changeOwnPasswordOp = operation({
  name: "Mutation.changeOwnPassword",
  roles: "SIGNED_IN",
  input: z.object({ currentPassword: password, newPassword: password }),
  access: "write",
  resources: () => [],
  audit: "CHANGE_PASSWORD",
  run: async ({ user, input }) => {
    const { id: userId } = await changeOwnPassword({ ...input, user });
    return (await findUsersByIds([userId]))[0];
  },
});

export const users = operation({
  name: "Query.users",
  roles: ["ADMIN"],
  input: noInput,
  access: "write",
  resources: () => [],
  run: ({ user }) => listUsers({ user }),
});

export const me = publicOperation({
  name: "Query.me",
  roles: "PUBLIC",
  input: noInput,
  access: "read",
  resources: () => [],
  run: async ({ user }) => (user ? ((await findUsersByIds([user.id]))[0] ?? null) : null),
});
