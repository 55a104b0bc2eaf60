import { changeOwnPasswordSchema } from "../../validation/user";
import { writeAudit } from "../audit/write-audit";
import { endSessions } from "../auth/end-sessions";
import { verifyPassword } from "../auth/password";
import { newPasswordFor } from "../auth/password-history";
import { clearFailures, countFailure, lockedError, lockedFor } from "../auth/throttle";
import type { SessionUser } from "../auth/session-user";
import { bumpVersion } from "../concurrency/versioned-write";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { parseInput } from "./user-rules";
import { msg } from "../../i18n/message-text";

export interface ChangeOwnPasswordOptions {
  user: SessionUser;
  currentPassword: string;
  newPassword: string;
}

/**
 * Any signed-in user replaces their own password: the current one must be right, the new one valid and
 * different from the last few (lib/server/auth/password-history.ts); wrong current passwords are throttled. Ends
 * every other session of the account. Clears mustChangePassword (set at creation and by an administrator's reset). Audited
 * without the password or its hash.
 */
export async function changeOwnPassword(options: ChangeOwnPasswordOptions): Promise<{ id: string }> {
  const { user } = options;
  const input = parseInput(changeOwnPasswordSchema, { currentPassword: options.currentPassword, newPassword: options.newPassword });
  const row = await db.user.findFirst({
    where: { id: user.id, active: true },
    select: { id: true, username: true, passwordHash: true, passwordHistory: true, mustChangePassword: true },
  });
  if (!row) throw notFound("noun.user");
  // guesses of the current password are throttled like sign-in: a stolen session cannot find it by trying
  const locked = await lockedFor("currentPassword", row.id);
  if (locked) throw lockedError(locked, "currentPassword");
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    const failure = await countFailure("currentPassword", row.id);
    if (failure.lockedMs) throw lockedError(failure.lockedMs, "currentPassword");
    throw new AppError("BAD_USER_INPUT", msg("auth.currentPasswordWrong"), {
      fields: { currentPassword: msg("auth.currentPasswordWrong") },
    });
  }
  await clearFailures("currentPassword", row.id);
  const password = await newPasswordFor(row, input.newPassword, {
    field: "newPassword",
    what: msg("field.newPassword"),
    checkHistory: true,
  });

  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: row.id }, data: { ...password, mustChangePassword: false } });
    // every other browser signed in to the account is signed out; this one carries on
    await endSessions(tx, row.id, user.sessionId);
    // an administrator's form open on this account is stale now (it shows 须修改密码)
    await bumpVersion(tx, { kind: "user", id: row.id });
    await writeAudit(tx, {
      userId: user.id,
      action: "CHANGE_PASSWORD",
      entityType: "User",
      entityId: row.id,
      before: { mustChangePassword: row.mustChangePassword },
      after: { passwordChanged: true, mustChangePassword: false },
    });
  });
  return { id: row.id };
}
