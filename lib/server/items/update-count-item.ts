import { checkChange, initialCheckStatus } from "../../domain";
import { changedOnly, given } from "../../domain/audit-diff";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, bumpVersion, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { dbDateToIso, isoToDbDate } from "../db-dates";
import { AppError } from "../errors";
import { assertMonthsOpen } from "../locks/month-locks";
import {
  findItemOrThrow,
  findItemTarget,
  itemAuditFields,
  creditableSections,
  itemPayload,
  refuseDuplicate,
  validateItem,
  withSectionName,
  type CountItemPayloadView,
} from "./item-write";
import { msg } from "../../i18n/message-text";

export interface UpdateCountItemOptions {
  user: SessionUser;
  itemId: string;
  name?: string | null;
  date?: string | null;
  sectionId?: string | null;
  description?: string | null;
  docNumber?: string | null;
  link?: string | null;
  /** the user confirmed a new date outside the target's window */
  confirmOutsideWindow?: boolean | null;
  /** the item's version the form was loaded with */
  expectedVersion: number;
  today?: string;
}

/**
 * Corrects an item's details (a typo in its name, the approval number once it is known). Both the month
 * it was dated in and the month it moves to must be open; the audit row keeps old → new of each field.
 */
export async function updateCountItem(options: UpdateCountItemOptions): Promise<CountItemPayloadView> {
  const item = await findItemOrThrow(options.itemId);
  const target = await findItemTarget(options.user, item.targetId);
  const claim = { kind: "countItem", id: item.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, item.version);
  if (item.status !== "ACTIVE") throw new AppError("BAD_USER_INPUT", msg("item.withdrawnNoEdit"));
  const current = itemAuditFields({ ...item, date: dbDateToIso(item.date) });
  const changes = given({
    name: options.name,
    date: options.date,
    sectionId: options.sectionId,
    description: options.description,
    docNumber: options.docNumber,
    link: options.link,
  });
  // a date outside the window is confirmed when it is set, not again at every later edit of the item
  const sections = await creditableSections(target);
  const input = await validateItem(
    target,
    sections,
    { ...current, ...changes, confirmOutsideWindow: options.confirmOutsideWindow },
    options.today,
    changes.date !== undefined && changes.date !== current.date,
  );
  const diff = changedOnly(current, itemAuditFields(input));
  if (Object.keys(diff.after).length === 0) return itemPayload(item.id);
  await inVersionedTransaction(async (tx) => {
    await assertMonthsOpen(tx, target.planId, [current.date, input.date], options.today);
    const version = await claimVersion(tx, claim);
    if (input.name !== current.name) await refuseDuplicate(tx, target.id, input.name, item.id);
    // 数据审核: a changed item is a new claim — checked again (a returned one is thereby resubmitted)
    const checkStatus = initialCheckStatus(target.plan);
    await tx.countItem.update({
      where: { id: item.id },
      data: { ...input, date: isoToDbDate(input.date), checkStatus, checkedById: null, checkedAt: null, checkNote: null },
    });
    // the target's figures may move with the date: forms open on the target must reload
    await bumpVersion(tx, { kind: "target", id: target.id });
    await writeAudit(tx, {
      userId: options.user.id,
      action: "UPDATE_COUNT_ITEM",
      entityType: "CountItem",
      entityId: item.id,
      targetId: target.id,
      before: {
        ...(await withSectionName(tx, diff.before, sections)),
        ...checkChange(item.checkStatus, checkStatus).before,
        version: options.expectedVersion,
      },
      after: { ...(await withSectionName(tx, diff.after, sections)), ...checkChange(item.checkStatus, checkStatus).after, version },
    });
  });
  return itemPayload(item.id);
}
