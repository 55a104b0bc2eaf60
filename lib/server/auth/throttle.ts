import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { waitMinutes } from "../../domain/password-policy";
import { db } from "../db";
import { AppError } from "../errors";
import { authSettings } from "./auth-settings";
import { msg } from "../../i18n/message-text";

/**
 * Failed attempts at a secret, counted in the app's own database (model RateLimit) so every instance sees the
 * same counts: sign-in per account and per address, and guesses of the current password when changing it.
 * A lock lifts by itself after SIGN_IN_LOCK_MINUTES, or when an administrator unlocks the account.
 */
export type ThrottleKind = "account" | "address" | "currentPassword";

type Limiter = InstanceType<typeof RateLimiterPrisma>;
const limiters = new Map<ThrottleKind, Limiter>();

function limiter(kind: ThrottleKind): Limiter {
  let found = limiters.get(kind);
  if (!found) {
    const s = authSettings();
    const lock = s.lockMinutes * 60;
    found = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix: kind,
      points: kind === "address" ? s.addressFailures : s.accountFailures,
      duration: kind === "address" ? 15 * 60 : lock,
      blockDuration: lock,
      // expired rows are replaced on the next attempt; a timer per limiter would only keep scripts alive
      clearExpiredByTimeout: false,
    });
    limiters.set(kind, found);
  }
  return found;
}

/**
 * User names are compared as the sign-in form normalises them, so "Admin " and "admin" share one count. Control
 * characters are dropped (no account's name has one; PostgreSQL refuses a NUL in text), so "admin\0" counts as
 * "admin" and the key can be stored on either engine.
 */
export const accountKey = (username: string) =>
  [...username]
    .filter((ch) => ch >= " " && ch !== "\u007f")
    .join("")
    .trim()
    .toLowerCase()
    .slice(0, 64);

/** The time left on a lock, in ms; 0 when the key may try again. */
export async function lockedFor(kind: ThrottleKind, key: string): Promise<number> {
  const res = await limiter(kind).get(key);
  if (!res || res.consumedPoints < limiter(kind).points) return 0;
  return Math.max(res.msBeforeNext, 1);
}

/**
 * The time left on the locks of many keys at once, in ms, for keys that are locked (one query, for a list page).
 * The row key is rate-limiter-flexible's `${keyPrefix}:${key}`.
 */
export async function lockedForMany(kind: ThrottleKind, keys: readonly string[]): Promise<Map<string, number>> {
  const prefix = `${kind}:`;
  const rows = await db.rateLimit.findMany({ where: { key: { in: keys.map((k) => prefix + k) }, expire: { gt: new Date() } } });
  const now = Date.now();
  return new Map(rows.filter((r) => r.points >= limiter(kind).points).map((r) => [r.key.slice(prefix.length), r.expire!.getTime() - now]));
}

/** Counts one failure; returns whether this failure locked the key (the attempt that reached the limit). */
export async function countFailure(kind: ThrottleKind, key: string): Promise<{ lockedNow: boolean; lockedMs: number }> {
  const l = limiter(kind);
  try {
    const res = await l.consume(key);
    return res.consumedPoints >= l.points
      ? { lockedNow: res.consumedPoints === l.points, lockedMs: res.msBeforeNext }
      : { lockedNow: false, lockedMs: 0 };
  } catch (e) {
    if (e instanceof RateLimiterRes) return { lockedNow: false, lockedMs: Math.max(e.msBeforeNext, 1) };
    throw e;
  }
}

/** Forgets a key's failures: after a successful sign-in, or an administrator's unlock. */
export async function clearFailures(kind: ThrottleKind, key: string): Promise<void> {
  await limiter(kind).delete(key);
}

/** The refusal for a locked key, with the wait in minutes (and seconds in details for clients). */
export function lockedError(ms: number, what: "signIn" | "currentPassword" = "signIn"): AppError {
  return new AppError(
    "RATE_LIMITED",
    msg(what === "signIn" ? "auth.signInLocked" : "auth.currentPasswordLocked", { minutes: waitMinutes(ms) }),
    {
      retryAfterSeconds: Math.ceil(ms / 1000),
    },
  );
}
