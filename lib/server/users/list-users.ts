import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { accountKey } from "../auth/throttle";
import { lockedMinutesByUsername } from "./unlock-user";
import { accountSelect, requireAdmin, toAccountView, type UserAccountView } from "./user-rules";

export interface ListUsersOptions {
  user: SessionUser;
}

const ROLE_ORDER: Record<string, number> = { ADMIN: 0, AUDIT_ADMIN: 1, LEADER: 2, ASSESSOR: 3, SECTION_HEAD: 4 };

/** Every account of the administrator's unit, disabled ones included: by role, then section order, then username. */
export async function listUsers(options: ListUsersOptions): Promise<UserAccountView[]> {
  requireAdmin(options.user);
  const rows = await db.user.findMany({ where: { unitId: options.user.unitId }, select: accountSelect });
  rows.sort(
    (a, b) =>
      (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) ||
      (a.section?.sortOrder ?? -1) - (b.section?.sortOrder ?? -1) ||
      a.username.localeCompare(b.username),
  );
  const locks = await lockedMinutesByUsername(rows.map((r) => r.username));
  return rows.map((row) => ({ ...toAccountView(row), lockedMinutes: locks.get(accountKey(row.username)) ?? 0 }));
}
