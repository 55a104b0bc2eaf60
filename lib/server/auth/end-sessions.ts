import type { Prisma } from "../../../generated/prisma/client";

/**
 * Ends every session of an account by moving its sessionVersion on (and deleting the rows): after a password
 * change, an administrator's reset, disabling, or 退出所有设备. `keep` names the session that made a password
 * change, which carries on under the new version — the user who just changed it stays signed in there.
 */
export async function endSessions(tx: Prisma.TransactionClient, userId: string, keep?: string): Promise<void> {
  const { sessionVersion } = await tx.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  await tx.session.deleteMany({ where: { userId, ...(keep ? { id: { not: keep } } : {}) } });
  if (keep) await tx.session.updateMany({ where: { id: keep, userId }, data: { sessionVersion } });
}
