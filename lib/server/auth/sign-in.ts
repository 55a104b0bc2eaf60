import { db } from "../db";
import { AppError } from "../errors";
import { verifyPassword } from "./password";
import { findSessionUser } from "./session";
import type { SessionUser } from "./session-user";

/** Checks a username and password; the same message for every failure so accounts cannot be probed. */
export async function signIn(options: { username: string; password: string }): Promise<SessionUser> {
  const user = await db.user.findUnique({ where: { username: options.username.trim() } });
  const ok = user?.active && (await verifyPassword(user.passwordHash, options.password));
  if (!user || !ok) throw new AppError("UNAUTHENTICATED", "用户名或密码错误，或账号已停用");
  return (await findSessionUser(user.id))!;
}
