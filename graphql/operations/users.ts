import { z } from "zod";
import { operation, publicOperation } from "../../lib/server/operations/define-operation";
import { changeOwnPassword } from "../../lib/server/users/change-own-password";
import { createUser } from "../../lib/server/users/create-user";
import { resetPassword } from "../../lib/server/users/reset-password";
import { findUsersByIds } from "../../lib/server/users/find-users";
import { listUsers } from "../../lib/server/users/list-users";
import { unlockUser } from "../../lib/server/users/unlock-user";
import { updateUser } from "../../lib/server/users/update-user";
import { changeOwnPasswordSchema, createUserSchema, resetPasswordSchema, updateUserSchema } from "../../lib/validation/user";
import { changesOf, id, noInput, version } from "../../lib/validation/primitives";

/**
 * Accounts: administrators manage the users of their own unit; everyone changes their own password. The inputs
 * take the fields of lib/validation/user.ts (the section as an id); the rules across fields (a 科室负责人's
 * section, a new password unlike the current one) are the services'.
 */

export const createUserOp = operation({
  name: "Mutation.createUser",
  roles: ["ADMIN"],
  input: z.object({ ...createUserSchema.shape, sectionId: id.nullish() }),
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
    ...changesOf(updateUserSchema.shape),
    sectionId: id.nullish(),
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
  input: z.object({ userId: id, ...resetPasswordSchema.shape, expectedVersion: version }),
  access: "write",
  version: "user",
  resources: (i) => [{ kind: "user", id: i.userId }],
  audit: "RESET_PASSWORD",
  run: ({ user, input }) => resetPassword({ ...input, user }),
});

export const unlockUserOp = operation({
  name: "Mutation.unlockUser",
  roles: ["ADMIN"],
  input: z.object({ userId: id }),
  access: "write",
  resources: (i) => [{ kind: "user", id: i.userId }],
  audit: "UNLOCK_ACCOUNT",
  run: ({ user, input }) => unlockUser({ ...input, user }),
});

export const changeOwnPasswordOp = operation({
  name: "Mutation.changeOwnPassword",
  roles: "SIGNED_IN",
  input: z.object(changeOwnPasswordSchema.shape),
  access: "write",
  resources: () => [],
  audit: "CHANGE_PASSWORD",
  duringPasswordChange: true,
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
