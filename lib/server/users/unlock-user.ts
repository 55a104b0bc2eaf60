import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { waitMinutes } from "../../domain/password-policy";
import { accountKey, clearFailures, lockedFor, lockedForMany } from "../auth/throttle";
import { db } from "../db";
import { findManagedUser, requireAdmin, toAccountView, type UserAccountView } from "./user-rules";

/**
 * An administrator lifts the lock that failed sign-ins (or wrong current passwords) put on an account of their
 * unit, before it lifts by itself. Audited with how long the lock still had to run.
 */
export async function unlockUser(options: { user: SessionUser; userId: string }): Promise<UserAccountView> {
  requireAdmin(options.user);
  const account = await findManagedUser(options.user, options.userId);
  const [signIn, currentPassword] = await Promise.all([
    lockedFor("account", accountKey(account.username)),
    lockedFor("currentPassword", account.id),
  ]);
  const left = Math.max(signIn, currentPassword);
  await Promise.all([clearFailures("account", accountKey(account.username)), clearFailures("currentPassword", account.id)]);
  await db.$transaction((tx) =>
    writeAudit(tx, {
      userId: options.user.id,
      action: "UNLOCK_ACCOUNT",
      entityType: "User",
      entityId: account.id,
      before: { lockedMinutes: left > 0 ? waitMinutes(left) : 0 },
      after: { lockedMinutes: 0 },
    }),
  );
  return { ...toAccountView(account), lockedMinutes: 0 };
}

/** Minutes left on each account's sign-in lock, by user name as the throttle keys it, for the administrator's list. */
export async function lockedMinutesByUsername(usernames: string[]): Promise<Map<string, number>> {
  const locks = await lockedForMany("account", usernames.map(accountKey));
  return new Map([...locks].map(([key, ms]) => [key, waitMinutes(ms)]));
}
