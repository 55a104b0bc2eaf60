import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, bumpVersion, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { dbDateToIso } from "../db-dates";
import { AppError } from "../errors";
import { assertMonthsOpen } from "../locks/month-locks";
import { requireReason } from "../progress/target-write";
import { findItemOrThrow, findItemTarget, itemPayload, type CountItemPayloadView } from "./item-write";
import { msg } from "../../i18n/message-text";

export interface WithdrawCountItemOptions {
  user: SessionUser;
  itemId: string;
  reason: string;
  /** the item's version the list was loaded with */
  expectedVersion: number;
  today?: string;
}

/**
 * Withdraws an item entered by mistake (or one that no longer qualifies): it stays on record with the
 * reason and who withdrew it, and stops counting from its date on. Its month must be open.
 */
export async function withdrawCountItem(options: WithdrawCountItemOptions): Promise<CountItemPayloadView> {
  const item = await findItemOrThrow(options.itemId);
  const target = await findItemTarget(options.user, item.targetId);
  const claim = { kind: "countItem", id: item.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, item.version);
  if (item.status !== "ACTIVE") throw new AppError("CONFLICT", msg("item.alreadyWithdrawn"));
  const reason = requireReason(options.reason);
  await inVersionedTransaction(async (tx) => {
    await assertMonthsOpen(tx, target.planId, [dbDateToIso(item.date)], options.today);
    const version = await claimVersion(tx, claim);
    await tx.countItem.update({ where: { id: item.id }, data: { status: "WITHDRAWN", reason } });
    await bumpVersion(tx, { kind: "target", id: target.id });
    const count = await tx.countItem.count({ where: { targetId: target.id, status: "ACTIVE" } });
    await writeAudit(tx, {
      userId: options.user.id,
      action: "WITHDRAW_COUNT_ITEM",
      entityType: "CountItem",
      entityId: item.id,
      targetId: target.id,
      reason,
      before: { name: item.name, status: "ACTIVE", count: count + 1, version: options.expectedVersion },
      after: { status: "WITHDRAWN", count, version },
    });
  });
  return itemPayload(item.id);
}
