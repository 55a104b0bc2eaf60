import { resetPasswordSchema } from "../../validation/user";
import { writeAudit } from "../audit/write-audit";
import { endSessions } from "../auth/end-sessions";
import { newPasswordFor } from "../auth/password-history";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { db } from "../db";
import { accountSelect, findManagedUser, parseInput, requireAdmin, toAccountView, type UserAccountView } from "./user-rules";
import { msg } from "../../i18n/message-text";

export interface ResetPasswordOptions {
  user: SessionUser;
  userId: string;
  /** a temporary password, handed to the person out of band */
  password: string;
  /** the account's version the list was loaded with */
  expectedVersion: number;
}

/**
 * An administrator sets a temporary password for an account of their unit; the person must replace it
 * at their next sign-in; every session of the account ends. The audit row records that a reset happened, never the password or its hash.
 */
export async function resetPassword(options: ResetPasswordOptions): Promise<UserAccountView> {
  const { user } = options;
  requireAdmin(user);
  const current = await findManagedUser(user, options.userId);
  const claim = { kind: "user", id: current.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, current.version);
  const input = parseInput(resetPasswordSchema, { password: options.password });
  const account = await db.user.findUniqueOrThrow({
    where: { id: current.id },
    select: { username: true, passwordHash: true, passwordHistory: true },
  });
  const password = await newPasswordFor(account, input.password, {
    field: "password",
    what: msg("field.temporaryPassword"),
    checkHistory: false,
  });

  return inVersionedTransaction(async (tx) => {
    const version = await claimVersion(tx, claim);
    const updated = await tx.user.update({
      where: { id: current.id },
      data: { ...password, mustChangePassword: true },
      select: accountSelect,
    });
    // whoever holds the account's sessions now (perhaps the reason for the reset) is signed out everywhere
    await endSessions(tx, current.id);
    await writeAudit(tx, {
      userId: user.id,
      action: "RESET_PASSWORD",
      entityType: "User",
      entityId: current.id,
      before: { mustChangePassword: current.mustChangePassword, version: claim.expected },
      after: { passwordReset: true, mustChangePassword: true, version },
    });
    return toAccountView(updated);
  });
}
