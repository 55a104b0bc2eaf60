import { resetPasswordSchema } from "../../validation/user";
import { writeAudit } from "../audit/write-audit";
import { hashPassword } from "../auth/password";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { accountSelect, findManagedUser, parseInput, requireAdmin, toAccountView, type UserAccountView } from "./user-rules";

export interface ResetPasswordOptions {
  user: SessionUser;
  userId: string;
  /** a temporary password, handed to the person out of band */
  password: string;
}

/**
 * An administrator sets a temporary password for an account of their unit; the person must replace it
 * at their next sign-in. The audit row records that a reset happened, never the password or its hash.
 */
export async function resetPassword(options: ResetPasswordOptions): Promise<UserAccountView> {
  const { user } = options;
  requireAdmin(user);
  const current = await findManagedUser(user, options.userId);
  const input = parseInput(resetPasswordSchema, { password: options.password });
  const passwordHash = await hashPassword(input.password);

  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: current.id },
      data: { passwordHash, mustChangePassword: true },
      select: accountSelect,
    });
    await writeAudit(tx, {
      userId: user.id,
      action: "RESET_PASSWORD",
      entityType: "User",
      entityId: current.id,
      before: { mustChangePassword: current.mustChangePassword },
      after: { passwordReset: true, mustChangePassword: true },
    });
    return toAccountView(updated);
  });
}
