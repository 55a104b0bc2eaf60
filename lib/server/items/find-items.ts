import type { CheckStatus, IsoDate } from "../../domain";
import { db } from "../db";
import { dbDateToIso } from "../db-dates";
import type { SectionView } from "../plan-state/target-view";

/** A named item as GraphQL returns it (graphql/schema/items.graphql CountItem). */
export interface CountItemView {
  id: string;
  targetId: string;
  name: string;
  date: IsoDate;
  sectionId: string | null;
  section: SectionView | null;
  description: string | null;
  docNumber: string | null;
  link: string | null;
  status: string;
  reason: string | null;
  isDemo: boolean;
  version: number;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
  /** 数据审核 (lib/domain/figure-check.ts) */
  checkStatus: CheckStatus;
  checkNote: string | null;
  checkedById: string | null;
  checkedAt: Date | null;
}

type ItemRow = Omit<CountItemView, "date" | "checkStatus"> & { date: Date; checkStatus: string };

export const toItemView = (row: ItemRow): CountItemView => ({
  ...row,
  date: dbDateToIso(row.date),
  checkStatus: row.checkStatus as CheckStatus,
});

export const itemInclude = { section: { select: { id: true, name: true, phone: true, unitId: true } } } as const;

const order = [{ date: "desc" as const }, { createdAt: "desc" as const }];

/** A target's items, newest first, withdrawn ones included (they stay on record with their reason). */
export async function findItemsByTarget(targetId: string): Promise<CountItemView[]> {
  return (await db.countItem.findMany({ where: { targetId }, orderBy: order, include: itemInclude })).map(toItemView);
}

/** Every item of a plan, for the exports: one query whatever the plan's size. */
export async function findItemsByPlan(planId: string): Promise<CountItemView[]> {
  return (await db.countItem.findMany({ where: { target: { planId } }, orderBy: order, include: itemInclude })).map(toItemView);
}
