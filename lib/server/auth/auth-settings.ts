/**
 * The numbers behind sign-in, sessions and passwords, each overridable from the environment so a bureau's
 * security policy can tighten them without a release. Defaults meet GB/T 22239-2019 level 2 as the README's
 * compliance table describes.
 */
function intFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

export interface AuthSettings {
  /** a session ends this many hours after sign-in, however active */
  sessionHours: number;
  /** …or after this many minutes without a request (0: never idle) */
  idleMinutes: number;
  /** a password older than this must be changed at the next sign-in (0: no maximum age) */
  passwordMaxAgeDays: number;
  /** a new password may not be one of the account's last N */
  passwordHistory: number;
  /** consecutive failed sign-ins of one account before it is locked */
  accountFailures: number;
  /** failed sign-ins from one address (any account) before the address is refused */
  addressFailures: number;
  /** how long a lock lasts; it lifts by itself after that, or an administrator lifts it */
  lockMinutes: number;
}

export function authSettings(): AuthSettings {
  return {
    sessionHours: intFromEnv("SESSION_HOURS", 12, 1, 24 * 7),
    idleMinutes: intFromEnv("SESSION_IDLE_MINUTES", 30, 0, 24 * 60),
    passwordMaxAgeDays: intFromEnv("PASSWORD_MAX_AGE_DAYS", 90, 0, 3650),
    passwordHistory: intFromEnv("PASSWORD_HISTORY", 5, 0, 24),
    accountFailures: intFromEnv("SIGN_IN_MAX_FAILURES", 5, 1, 100),
    addressFailures: intFromEnv("SIGN_IN_ADDRESS_MAX_FAILURES", 30, 1, 10_000),
    lockMinutes: intFromEnv("SIGN_IN_LOCK_MINUTES", 15, 1, 24 * 60),
  };
}
