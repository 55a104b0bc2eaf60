import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { sealData, unsealData } from "iron-session";
import { passwordExpired, sessionState } from "../../domain/password-policy";
import { db } from "../db";
import { authSettings } from "./auth-settings";
import { findSessionWithUser, type SessionUserRow } from "./find-session";
import { requestOrigin } from "./safe-redirect";
import type { PasswordChange, Role, SessionUser } from "./session-user";
import { UnsealedCookieMemo } from "./unsealed-cookie-memo";

/**
 * Sessions live in the database (model Session); the cookie carries only the session's id, sealed (encrypted +
 * signed) by iron-session with SESSION_SECRET. So a session can be ended from the server: by signing out, by
 * its lifetime or idle timeout, and by the user's sessionVersion moving on (password change, an administrator's
 * reset, disabling, 退出所有设备) — a copied cookie is worth nothing after any of them.
 */
export interface SessionData {
  sid?: string;
}

export const SESSION_COOKIE = "ptt_session";

/** A request touches its session's lastSeenAt at most this often (one write a minute per active user, not per request). */
const TOUCH_EVERY_MS = 60_000;

/** Without SESSION_SECRET a secret is generated once and kept next to the SQLite data, so restarts keep people signed in. */
function sessionSecret(): string {
  const fromEnv = process.env.SESSION_SECRET;
  if (fromEnv && fromEnv.length >= 32) return fromEnv;
  const file = path.resolve(/*turbopackIgnore: true*/ process.env.SESSION_SECRET_FILE ?? "data/.session-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("hex");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

let cachedSecret: string | null = null;
/** The secret that seals session cookies (and signs calendar feed tokens, lib/server/calendar/calendar-token.ts). */
export function sessionSecretKey(): string {
  return (cachedSecret ??= sessionSecret());
}

/** What iron-session seals and unseals with: the secret, and the session's lifetime as the seal's own expiry. */
const sealOptions = () => ({ password: sessionSecretKey(), ttl: authSettings().sessionHours * 3600 });

/** Opens a session for a user who just proved who they are; returns the sealed cookie value. */
export async function openSession(userId: string): Promise<{ sessionId: string; sealed: string }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const sessionId = randomBytes(24).toString("base64url");
  const now = new Date();
  const expiresAt = new Date(now.getTime() + authSettings().sessionHours * 3_600_000);
  await db.session.create({
    data: { id: sessionId, userId, sessionVersion: user.sessionVersion, createdAt: now, lastSeenAt: now, expiresAt },
  });
  return { sessionId, sealed: await sealSession(sessionId) };
}

export function sealSession(sessionId: string): Promise<string> {
  return sealData({ sid: sessionId } satisfies SessionData, sealOptions());
}

/** Cookies unsealed lately (see unsealed-cookie-memo.ts: the session row is still read on every request). */
const unsealed = new UnsealedCookieMemo(1000, 5 * 60_000);

async function sessionIdOf(sealed: string | undefined): Promise<string | null> {
  if (!sealed || sealed.length > 4096) return null;
  const remembered = unsealed.get(sealed);
  if (remembered) return remembered;
  const data = await unsealData<SessionData>(sealed, sealOptions()).catch(() => ({}) as SessionData);
  if (typeof data.sid !== "string") return null;
  unsealed.set(sealed, data.sid);
  return data.sid;
}

/** The active user behind a sealed session cookie value, or null when the session has ended for any reason. */
export async function userFromSealedSession(sealed: string | undefined): Promise<SessionUser | null> {
  const sessionId = await sessionIdOf(sealed);
  if (!sessionId) return null;
  const session = await findSessionWithUser(sessionId);
  if (!session || !session.user.active || session.sessionVersion !== session.user.sessionVersion) return null;
  const now = new Date();
  const state = sessionState(session, now, authSettings().idleMinutes);
  if (state !== "active") {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await db.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return { ...toSessionUser(session.user, now), sessionId: session.id };
}

/** Ends one session (sign-out). */
export async function closeSession(sealed: string | undefined): Promise<{ userId: string } | null> {
  const sessionId = await sessionIdOf(sealed);
  if (!sessionId) return null;
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { userId: true } });
  await db.session.deleteMany({ where: { id: sessionId } });
  return session;
}

function toSessionUser(user: SessionUserRow, now: Date): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role as Role,
    unitId: user.unitId,
    sectionId: user.sectionId,
    passwordChange: passwordChangeDue(user, now),
  };
}

/** Whether the user must change their password first: a temporary one, or one past PASSWORD_MAX_AGE_DAYS. */
export function passwordChangeDue(
  user: Pick<SessionUserRow, "mustChangePassword" | "passwordChangedAt">,
  now = new Date(),
): PasswordChange | null {
  if (user.mustChangePassword) return "TEMPORARY";
  if (passwordExpired(user.passwordChangedAt, now, authSettings().passwordMaxAgeDays)) return "EXPIRED";
  return null;
}

/** An active user by id, as a session would carry them (scripts and tests, which have no cookie). */
export async function findSessionUser(userId: string): Promise<SessionUser | null> {
  const user = await db.user.findFirst({ where: { id: userId, active: true } });
  return user ? toSessionUser(user, new Date()) : null;
}

/**
 * The Set-Cookie header for a new session (sealed) or the one that clears it (null): HTTP-only, SameSite=Lax, and
 * Secure with COOKIE_SECURE=true or when the request reached the app over HTTPS (directly, or as a trusted proxy
 * says — requestOrigin).
 */
export function sessionCookieHeader(sealed: string | null, req: Request): string {
  const secure = process.env.COOKIE_SECURE === "true" || requestOrigin(req).startsWith("https:");
  const attributes = ["Path=/", "HttpOnly", "SameSite=Lax", ...(secure ? ["Secure"] : [])];
  return sealed === null
    ? [`${SESSION_COOKIE}=`, "Max-Age=0", ...attributes].join("; ")
    : [`${SESSION_COOKIE}=${sealed}`, `Max-Age=${sealOptions().ttl}`, ...attributes].join("; ");
}
