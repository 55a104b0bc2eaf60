import { createUserSchema } from "../../validation/user";
import { writeAudit } from "../audit/write-audit";
import { hashPassword } from "../auth/password";
import type { Role, SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError } from "../errors";
import {
  accountSelect,
  findUnitSection,
  isUniqueViolation,
  parseInput,
  requireAdmin,
  toAccountView,
  type UserAccountView,
} from "./user-rules";
import { msg } from "../../i18n/message-text";

export interface CreateUserOptions {
  user: SessionUser;
  username: string;
  displayName: string;
  role: Role;
  sectionId?: string | null;
  /** the initial password, handed to the person out of band; they must replace it at first sign-in */
  password: string;
}

/**
 * An administrator opens an account in their own unit. Checks fail before anything is written: valid
 * input (a 科室负责人 needs a section, other roles have none), the section belongs to the unit, the
 * username is free (the unique index decides: a clash is CONFLICT). Account and audit row commit together.
 */
export async function createUser(options: CreateUserOptions): Promise<UserAccountView> {
  const { user } = options;
  requireAdmin(user);
  const input = parseInput(createUserSchema, options);
  const section = await findUnitSection(user, input.sectionId);
  const passwordHash = await hashPassword(input.password);

  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          unitId: user.unitId,
          sectionId: section?.id ?? null,
          passwordHash,
          mustChangePassword: true,
        },
        select: accountSelect,
      });
      await writeAudit(tx, {
        userId: user.id,
        action: "CREATE_USER",
        entityType: "User",
        entityId: created.id,
        after: {
          username: created.username,
          displayName: created.displayName,
          role: created.role,
          sectionId: created.sectionId,
          sectionName: section?.name ?? null,
          active: created.active,
          mustChangePassword: created.mustChangePassword,
        },
      });
      return toAccountView(created);
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", msg("users.usernameTaken"), { fields: { username: msg("users.usernameTaken") } });
    throw e;
  }
}
