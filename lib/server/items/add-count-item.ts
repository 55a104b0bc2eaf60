import { initialCheckStatus, pendingAuditMark } from "../../domain";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { isoToDbDate } from "../db-dates";
import { assertMonthsOpen } from "../locks/month-locks";
import {
  findItemTarget,
  itemAuditFields,
  itemPayload,
  refuseDuplicate,
  validateItem,
  withSectionName,
  type CountItemPayloadView,
} from "./item-write";

export interface AddCountItemOptions {
  user: SessionUser;
  targetId: string;
  name: string;
  date: string;
  sectionId?: string | null;
  description?: string | null;
  docNumber?: string | null;
  link?: string | null;
  /** the user confirmed a date outside the target's window (the item counts all the same) */
  confirmOutsideWindow?: boolean | null;
  /** the target version the page was loaded with */
  expectedVersion: number;
  today?: string;
}

/**
 * A section head records one named item of a count target — the third engineering centre with its approval
 * number — which then counts from its date. Refused, writing nothing, when the user's section does not own
 * the target, the input is invalid, the date lies outside the target's window and was not confirmed, the same
 * item is already on record, the item's month is locked, or the target changed since the page was loaded. Item, target version bump and audit row commit together.
 */
export async function addCountItem(options: AddCountItemOptions): Promise<CountItemPayloadView> {
  const { user } = options;
  const target = await findItemTarget(user, options.targetId);
  const claim = { kind: "target", id: target.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, target.version);
  const input = await validateItem(target, options, options.today);
  const created = await inVersionedTransaction(async (tx) => {
    await assertMonthsOpen(tx, target.planId, [input.date], options.today);
    const version = await claimVersion(tx, claim);
    await refuseDuplicate(tx, target.id, input.name);
    const item = await tx.countItem.create({
      data: {
        ...input,
        date: isoToDbDate(input.date),
        targetId: target.id,
        createdById: user.id,
        checkStatus: initialCheckStatus(target.plan),
      },
    });
    // the items on record, counted or waiting to be checked
    const count = await tx.countItem.count({ where: { targetId: target.id, status: "ACTIVE" } });
    await writeAudit(tx, {
      userId: user.id,
      action: "ADD_COUNT_ITEM",
      entityType: "CountItem",
      entityId: item.id,
      targetId: target.id,
      before: { count: count - 1, version: claim.expected },
      after: { ...(await withSectionName(tx, itemAuditFields(input))), count, ...pendingAuditMark(item.checkStatus), version },
    });
    return item;
  });
  return itemPayload(created.id);
}
