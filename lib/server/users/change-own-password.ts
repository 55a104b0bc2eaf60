import { changeOwnPasswordSchema } from "../../validation/user";
import { writeAudit } from "../audit/write-audit";
import { hashPassword, verifyPassword } from "../auth/password";
import type { SessionUser } from "../auth/session-user";
import { bumpVersion } from "../concurrency/versioned-write";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { parseInput } from "./user-rules";

export interface ChangeOwnPasswordOptions {
  user: SessionUser;
  currentPassword: string;
  newPassword: string;
}

/**
 * Any signed-in user replaces their own password: the current one must be right, the new one valid and
 * different. Clears mustChangePassword (set at creation and by an administrator's reset). Audited
 * without the password or its hash.
 */
export async function changeOwnPassword(options: ChangeOwnPasswordOptions): Promise<{ id: string }> {
  const { user } = options;
  const input = parseInput(changeOwnPasswordSchema, { currentPassword: options.currentPassword, newPassword: options.newPassword });
  const row = await db.user.findFirst({
    where: { id: user.id, active: true },
    select: { id: true, passwordHash: true, mustChangePassword: true },
  });
  if (!row) throw notFound("用户");
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new AppError("BAD_USER_INPUT", "当前密码不正确", { fields: { currentPassword: "当前密码不正确" } });
  }
  const passwordHash = await hashPassword(input.newPassword);

  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: row.id }, data: { passwordHash, mustChangePassword: false } });
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
