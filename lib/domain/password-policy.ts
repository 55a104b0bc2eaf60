import { msg } from "../i18n/message-text";
/**
 * 身份鉴别 (GB/T 22239-2019 level 2) as pure rules: how strong a new password must be, when a password is due
 * for a change, and when a session has ended. The services apply them; the numbers come from the environment
 * (lib/server/auth/auth-settings.ts) so a bureau can tighten them.
 */

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;
/** of lower case, upper case, digits and other characters, a password uses at least this many */
export const MIN_CHARACTER_CLASSES = 3;

const CLASSES: readonly RegExp[] = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/** How many of the four character classes a password uses. */
export function characterClasses(password: string): number {
  return CLASSES.filter((c) => c.test(password)).length;
}

/**
 * Whether a password holds a control character (C0, NUL among them, or DEL): none can be typed into the sign-in
 * form, so a password with one is a lock-out, not a secret (#11: "\u001b[31m红色\u001b[0m" passed the classes).
 */
export function hasControlCharacter(password: string): boolean {
  for (let i = 0; i < password.length; i++) {
    const c = password.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/**
 * What is wrong with a new password's length and character classes, as catalogue messages (empty when fine);
 * `what` names the field, a catalogue message too.
 */
export function passwordStrengthProblems(password: string, what = msg("field.password")): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(msg("v.minPlaces", { what, min: MIN_PASSWORD_LENGTH }));
  if (password.length > MAX_PASSWORD_LENGTH) problems.push(msg("v.maxPlaces", { what, max: MAX_PASSWORD_LENGTH }));
  if (hasControlCharacter(password)) problems.push(msg("v.controlCharacters", { what }));
  if (characterClasses(password) < MIN_CHARACTER_CLASSES) {
    problems.push(msg("password.classes", { what, count: MIN_CHARACTER_CLASSES }));
  }
  return problems;
}

/** The problem when a password contains the user name (either way round in case), or null. */
export function passwordNameProblem(password: string, username: string, what = msg("field.password")): string | null {
  const name = username.trim().toLowerCase();
  return name.length >= 3 && password.toLowerCase().includes(name) ? msg("password.hasUsername", { what }) : null;
}

/** Everything wrong with a new password for this account: strength first, then the user name. */
export function passwordProblems(password: string, username: string, what = msg("field.password")): string[] {
  const named = passwordNameProblem(password, username, what);
  return [...passwordStrengthProblems(password, what), ...(named ? [named] : [])];
}

/** Whether a password set at `changedAt` is past its maximum age (0 days: no maximum). */
export function passwordExpired(changedAt: Date, now: Date, maxAgeDays: number): boolean {
  if (maxAgeDays <= 0) return false;
  return now.getTime() - changedAt.getTime() >= maxAgeDays * 86_400_000;
}

export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
}

export type SessionState = "active" | "expired" | "idle";

/** A session ends at its lifetime's end, or after `idleMinutes` without a request (0: no idle timeout). */
export function sessionState(session: SessionTimes, now: Date, idleMinutes: number): SessionState {
  if (now.getTime() >= session.expiresAt.getTime()) return "expired";
  if (idleMinutes > 0 && now.getTime() - session.lastSeenAt.getTime() >= idleMinutes * 60_000) return "idle";
  return "active";
}

/** A wait in whole minutes, rounded up, for the "请 N 分钟后再试" message (at least 1). */
export function waitMinutes(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}
