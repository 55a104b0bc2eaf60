import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { unsealData, type SessionOptions } from "iron-session";
import { db } from "../db";
import type { Role, SessionUser } from "./session-user";

export interface SessionData {
  userId?: string;
}

export const SESSION_COOKIE = "ptt_session";

/**
 * The cookie is sealed (encrypted + signed) by iron-session with SESSION_SECRET. Without one, a secret is
 * generated once and kept next to the SQLite data, so restarts keep people signed in.
 */
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

let cachedOptions: SessionOptions | null = null;
export function sessionOptions(): SessionOptions {
  cachedOptions ??= {
    password: sessionSecret(),
    cookieName: SESSION_COOKIE,
    ttl: 60 * 60 * 12,
    cookieOptions: {
      httpOnly: true,
      sameSite: "lax",
      // Behind HTTPS set COOKIE_SECURE=true; the embedded setup serves plain http on localhost.
      secure: process.env.COOKIE_SECURE === "true",
      path: "/",
    },
  };
  return cachedOptions;
}

/** The active user behind a sealed session cookie value, or null. */
export async function userFromSealedSession(sealed: string | undefined): Promise<SessionUser | null> {
  if (!sealed) return null;
  const options = sessionOptions();
  const data = await unsealData<SessionData>(sealed, { password: options.password, ttl: options.ttl }).catch(() => ({}) as SessionData);
  if (!data.userId) return null;
  return findSessionUser(data.userId);
}

export async function findSessionUser(userId: string): Promise<SessionUser | null> {
  const user = await db.user.findFirst({ where: { id: userId, active: true } });
  if (!user) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role as Role,
    unitId: user.unitId,
    sectionId: user.sectionId,
  };
}
