import type { Prisma } from "../../../generated/prisma/client";
import { effectiveWindow, sameItemName } from "../../domain";
import { countItemSchema, type CountItemFields } from "../../validation/count-item";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { todayIso } from "../db-dates";
import { AppError, notFound } from "../errors";
import { findTargetProgress } from "../plan-state/find-target-progress";
import type { TargetProgressView } from "../plan-state/target-view";
import { findWritableTarget, type WritableTarget } from "../progress/target-write";
import { badInput } from "../scores/score-write";
import { itemInclude, toItemView, type CountItemView } from "./find-items";
import { msg } from "../../i18n/message-text";

/** The steps every write to a count target's items shares: ownership, kind, validation, duplicates. */
export async function findItemTarget(user: SessionUser, targetId: string): Promise<WritableTarget> {
  const target = await findWritableTarget(user, targetId);
  if (target.kind !== "COUNT") throw new AppError("BAD_USER_INPUT", msg("item.countOnly"));
  return target;
}

/**
 * The item checked like the form checks it. `checkWindow` (a new item, a changed date): a date outside the target's
 * window is refused until the input confirms it (confirmOutsideWindow; lib/domain/count-items.ts itemOutsideWindow).
 */
export async function validateItem(
  target: WritableTarget,
  input: object,
  today = todayIso(),
  checkWindow = true,
): Promise<CountItemFields> {
  const owners = await db.targetOwner.findMany({ where: { targetId: target.id }, select: { sectionId: true } });
  const sectionIds =
    owners.length > 0
      ? owners.map((o) => o.sectionId)
      : (await db.section.findMany({ where: { unitId: target.plan.unitId }, select: { id: true } })).map((s) => s.id);
  const window = checkWindow ? effectiveWindow(target.plan.year, target.startMonth, target.endMonth) : null;
  const parsed = countItemSchema({ planYear: target.plan.year, today, sectionIds, window }).safeParse(input);
  if (!parsed.success) throw badInput(parsed.error);
  const { confirmOutsideWindow: _confirmed, ...fields } = parsed.data;
  return fields;
}

/** Two items on record with the same name are one item entered twice: refused (inside the transaction). */
export async function refuseDuplicate(tx: Prisma.TransactionClient, targetId: string, name: string, exceptId?: string): Promise<void> {
  const others = await tx.countItem.findMany({
    where: { targetId, status: "ACTIVE", ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  if (others.some((o) => sameItemName(o.name, name))) {
    throw new AppError("CONFLICT", msg("item.duplicate", { name }), { fields: { name: msg("item.duplicateShort") } });
  }
}

export async function findItemOrThrow(itemId: string) {
  const item = await db.countItem.findUnique({ where: { id: itemId } });
  if (!item) throw notFound("noun.item");
  return item;
}

export interface CountItemPayloadView {
  item: CountItemView;
  progress: TargetProgressView;
}

/** The item plus its target re-evaluated, so the page shows the new count (3/4) at once. */
export async function itemPayload(itemId: string): Promise<CountItemPayloadView> {
  const item = toItemView(await db.countItem.findUniqueOrThrow({ where: { id: itemId }, include: itemInclude }));
  return { item, progress: await findTargetProgress(item.targetId) };
}

/** The fields of an item as the audit log shows them. */
export function itemAuditFields(i: {
  name: string;
  date: string;
  sectionId: string | null;
  description: string | null;
  docNumber: string | null;
  link: string | null;
}) {
  return { name: i.name, date: i.date, sectionId: i.sectionId, description: i.description, docNumber: i.docNumber, link: i.link };
}

/** Audit rows name the section (科室) rather than its id, so the log reads on its own. */
export async function withSectionName<T extends { sectionId?: string | null }>(tx: Prisma.TransactionClient, fields: T) {
  if (!("sectionId" in fields)) return fields;
  const { sectionId, ...rest } = fields;
  const section = sectionId ? await tx.section.findUnique({ where: { id: sectionId }, select: { name: true } }) : null;
  return { ...rest, sectionName: section?.name ?? null };
}
