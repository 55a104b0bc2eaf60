import { initialCheckStatus, pendingAuditMark } from "../../domain";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { isoToDbDate } from "../db-dates";
import { assertMonthsOpen } from "../locks/month-locks";
import { progressAfterWrite } from "../plan-state/target-facts";
import { toItemView } from "./find-items";
import {
  creditableSections,
  findItemTarget,
  itemAuditFields,
  itemPoints,
  itemsInWrite,
  refuseDuplicateAmong,
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
  const sections = await creditableSections(target);
  const input = await validateItem(target, sections, options, options.today);
  const written = await inVersionedTransaction(async (tx) => {
    await assertMonthsOpen(tx, target.planId, [input.date], options.today);
    const version = await claimVersion(tx, claim);
    const earlier = await itemsInWrite(tx, target.id);
    refuseDuplicateAmong(earlier, input.name);
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
    const count = earlier.filter((i) => i.status === "ACTIVE").length + 1;
    await writeAudit(tx, {
      userId: user.id,
      action: "ADD_COUNT_ITEM",
      entityType: "CountItem",
      entityId: item.id,
      targetId: target.id,
      before: { count: count - 1, version: claim.expected },
      after: { ...(await withSectionName(tx, itemAuditFields(input), sections)), count, ...pendingAuditMark(item.checkStatus), version },
    });
    return { item, version, items: [...earlier, item] };
  });
  // the answer is made from what the transaction read: no statement after it (#12: ≤ 12 per item)
  const section = sections.find((s) => s.id === written.item.sectionId) ?? null;
  return {
    item: toItemView({ ...written.item, section }),
    progress: progressAfterWrite(target, written.version, itemPoints(written.items)),
  };
}
