import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../../../generated/prisma/client";
import { hashPassword } from "../auth/password";

/**
 * The first-run administrator. Its password comes from ADMIN_PASSWORD or is generated and returned so
 * the setup command can print it once; an existing admin account is never touched.
 */
export async function ensureAdmin(db: PrismaClient, unitId: string, password = process.env.ADMIN_PASSWORD) {
  const existing = await db.user.findUnique({ where: { username: "admin" } });
  if (existing) return { user: existing, generatedPassword: null };
  const plain = password && password.length > 0 ? password : randomBytes(9).toString("base64url");
  const user = await db.user.create({
    data: { username: "admin", displayName: "系统管理员", role: "ADMIN", unitId, passwordHash: await hashPassword(plain) },
  });
  return { user, generatedPassword: password ? null : plain };
}
