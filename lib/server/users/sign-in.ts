import { MAX_PASSWORD_LENGTH } from "../../domain/password-policy";
import { UNKNOWN_ACCOUNT } from "../audit/find-audit-log";
import { writeAudit } from "../audit/write-audit";
import { db } from "../db";
import { AppError } from "../errors";
import { hashPassword, verifyPassword } from "../auth/password";
import { openSession, passwordChangeDue } from "../auth/session";
import { accountKey, clearFailures, countFailure, lockedError, lockedFor } from "../auth/throttle";
import { hasControlCharacters } from "../../validation/primitives";
import { msg } from "../../i18n/message-text";

const WRONG = () => new AppError("UNAUTHENTICATED", msg("auth.wrongCredentials"));

/** A hash of nothing anyone knows: unknown and disabled accounts are checked against it, so they take as long as a wrong password. */
let decoy: Promise<string> | null = null;
const decoyHash = () => (decoy ??= hashPassword(`decoy-${Math.random()}`));

export interface SignInResult {
  userId: string;
  /** the sealed cookie value of the new session */
  sealed: string;
  /** set when the user must change their password before anything else */
  passwordChange: ReturnType<typeof passwordChangeDue>;
}

/**
 * Checks a username and password and opens a session. The same message for every failure so accounts cannot be
 * probed, and the same work: an unknown or disabled account is verified against a decoy hash. Failures are
 * counted per account and per address (lib/server/auth/throttle.ts); a locked account or address is refused
 * before any password is checked. Over-long input, and a name with a control character, is refused without
 * hashing it. Every outcome is audited.
 */
export async function signIn(options: { username: string; password: string; address: string }): Promise<SignInResult> {
  const account = accountKey(options.username);
  const [accountLock, addressLock] = await Promise.all([lockedFor("account", account), lockedFor("address", options.address)]);
  if (accountLock || addressLock) throw lockedError(Math.max(accountLock, addressLock));

  // no account's name is over 64 characters or holds a control character (PostgreSQL refuses a NUL in a query)
  const tooLong = options.password.length > MAX_PASSWORD_LENGTH || options.username.length > 64 || hasControlCharacters(options.username);
  const user = tooLong ? null : await db.user.findUnique({ where: { username: options.username.trim() } });
  const ok = tooLong ? false : await verifyPassword(user?.active ? user.passwordHash : await decoyHash(), options.password);

  if (!user || !user.active || !ok) {
    const [byAccount] = await Promise.all([countFailure("account", account), countFailure("address", options.address)]);
    await db.$transaction(async (tx) => {
      await writeAudit(tx, {
        userId: null,
        action: "SIGN_IN_FAILED",
        entityType: "SignIn",
        entityId: user?.id ?? `${UNKNOWN_ACCOUNT}${account}`,
        after: { username: account, address: options.address },
      });
      if (byAccount.lockedNow) {
        await writeAudit(tx, {
          userId: null,
          action: "ACCOUNT_LOCKED",
          entityType: "SignIn",
          entityId: user?.id ?? `${UNKNOWN_ACCOUNT}${account}`,
          after: { username: account, address: options.address, minutes: Math.ceil(byAccount.lockedMs / 60_000) },
        });
      }
    });
    if (byAccount.lockedMs) throw lockedError(byAccount.lockedMs);
    throw WRONG();
  }

  await clearFailures("account", account);
  const session = await openSession(user.id);
  await db.$transaction((tx) =>
    writeAudit(tx, { userId: user.id, action: "SIGN_IN", entityType: "SignIn", entityId: user.id, after: { address: options.address } }),
  );
  return { userId: user.id, sealed: session.sealed, passwordChange: passwordChangeDue(user) };
}
