import { authSettings } from "../auth/auth-settings";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { accountKey, clearFailures, lockedFor } from "../auth/throttle";
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
  await Promise.all([clearFailures("account", accountKey(account.username)), clearFailures("currentPassword", account.id)]);
  await db.$transaction((tx) =>
    writeAudit(tx, {
      userId: options.user.id,
      action: "UNLOCK_ACCOUNT",
      entityType: "User",
      entityId: account.id,
      before: { lockedMinutes: Math.ceil(Math.max(signIn, currentPassword) / 60_000) },
      after: { lockedMinutes: 0 },
    }),
  );
  return { ...toAccountView(account), lockedMinutes: 0 };
}

/** Minutes left on each account's sign-in lock, for the administrator's list (one query for the whole unit). */
export async function lockedMinutesByUsername(usernames: string[]): Promise<Map<string, number>> {
  const rows = await db.rateLimit.findMany({
    where: { key: { in: usernames.map((u) => `account:${accountKey(u)}`) }, expire: { gt: new Date() } },
  });
  const { accountFailures } = authSettings();
  return new Map(
    rows
      .filter((r) => r.points >= accountFailures)
      .map((r) => [r.key.slice("account:".length), Math.ceil((r.expire!.getTime() - Date.now()) / 60_000)]),
  );
}
