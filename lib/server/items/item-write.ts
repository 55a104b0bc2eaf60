import type { Prisma } from "../../../generated/prisma/client";
import { countItemPoints, effectiveWindow, sameItemName } from "../../domain";
import { countItemSchema, type CountItemFields } from "../../validation/count-item";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { dbDateToIso, todayIso } from "../db-dates";
import { AppError, notFound } from "../errors";
import { findTargetProgress } from "../plan-state/find-target-progress";
import type { SectionView, TargetProgressView } from "../plan-state/target-view";
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
  sections: readonly SectionView[],
  input: object,
  today = todayIso(),
  checkWindow = true,
): Promise<CountItemFields> {
  const window = checkWindow ? effectiveWindow(target.plan.year, target.startMonth, target.endMonth) : null;
  const parsed = countItemSchema({ planYear: target.plan.year, today, sectionIds: sections.map((s) => s.id), window }).safeParse(input);
  if (!parsed.success) throw badInput(parsed.error);
  const { confirmOutsideWindow: _confirmed, ...fields } = parsed.data;
  return fields;
}

/** The sections an item may be credited to: the target's owners, or any section of its unit when it has none. */
export async function creditableSections(target: WritableTarget): Promise<SectionView[]> {
  if (target.owners.length > 0) return target.owners.map((o) => o.section);
  return db.section.findMany({ where: { unitId: target.plan.unitId }, select: { id: true, name: true, phone: true, unitId: true } });
}

/** A target's items as a write reads them inside its transaction: duplicates, the count, the points. */
export function itemsInWrite(tx: Prisma.TransactionClient, targetId: string) {
  return tx.countItem.findMany({
    where: { targetId },
    select: { id: true, name: true, status: true, date: true, createdAt: true, checkStatus: true },
  });
}

type ItemInWrite = Awaited<ReturnType<typeof itemsInWrite>>[number];

/** Two items on record with the same name are one item entered twice: refused. */
export function refuseDuplicateAmong(items: readonly Pick<ItemInWrite, "id" | "name" | "status">[], name: string, exceptId?: string): void {
  if (items.some((o) => o.status === "ACTIVE" && o.id !== exceptId && sameItemName(o.name, name))) {
    throw new AppError("CONFLICT", msg("item.duplicate", { name }), { fields: { name: msg("item.duplicateShort") } });
  }
}

/** refuseDuplicateAmong on the items as the transaction sees them. */
export async function refuseDuplicate(tx: Prisma.TransactionClient, targetId: string, name: string, exceptId?: string): Promise<void> {
  refuseDuplicateAmong(await itemsInWrite(tx, targetId), name, exceptId);
}

/** A count target's points from its items (lib/domain/count-items.ts), as the plan state reads them. */
export function itemPoints(items: readonly Pick<ItemInWrite, "status" | "date" | "createdAt" | "checkStatus">[]) {
  return countItemPoints(
    items.map((i) => ({ date: dbDateToIso(i.date), status: i.status, recordedAt: i.createdAt.toISOString(), checkStatus: i.checkStatus })),
  );
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

/** Audit rows name the section (科室) rather than its id, so the log reads on its own; `known` saves the lookup. */
export async function withSectionName<T extends { sectionId?: string | null }>(
  tx: Prisma.TransactionClient,
  fields: T,
  known: readonly SectionView[] = [],
) {
  if (!("sectionId" in fields)) return fields;
  const { sectionId, ...rest } = fields;
  const section = !sectionId
    ? null
    : (known.find((s) => s.id === sectionId) ?? (await tx.section.findUnique({ where: { id: sectionId }, select: { name: true } })));
  return { ...rest, sectionName: section?.name ?? null };
}
