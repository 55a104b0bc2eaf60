import type { CheckStatus, IsoDate } from "../../domain";
import { dbDateToIso } from "../db-dates";

/** A report or named item as the 数据审核 queue shows it (graphql/schema/figure-checks.graphql FigureCheck). */
export interface FigureCheckView {
  kind: "ENTRY" | "ITEM";
  id: string;
  target: {
    id: string;
    code: string;
    title: string;
    kind: string;
    measureUnit: string | null;
    targetValue: number | null;
    owners: string[];
  };
  /** the plan's unit and the target's owners: who may check it (lib/server/access/permissions.ts canAssess) */
  unitId: string;
  ownerSectionIds: string[];
  /** RECORD, CORRECTION or NO_CHANGE; ITEM for a named item */
  action: string;
  value: number | null;
  enteredValue: number | null;
  enteredUnit: string | null;
  date: IsoDate;
  standingValue: number | null;
  note: string | null;
  reason: string | null;
  itemName: string | null;
  docNumber: string | null;
  description: string | null;
  link: string | null;
  sectionName: string | null;
  reportedById: string;
  reportedAt: Date;
  checkStatus: CheckStatus;
  checkNote: string | null;
  checkedById: string | null;
  checkedAt: Date | null;
}

const checkTarget = {
  select: {
    id: true,
    code: true,
    title: true,
    kind: true,
    measureUnit: true,
    targetValue: true,
    plan: { select: { unitId: true } },
    owners: { select: { sectionId: true, section: { select: { name: true, sortOrder: true } } } },
  },
} as const;

/** What the views read of a report: the row, its target, and the figure a correction replaces. */
export const checkEntryInclude = { target: checkTarget, replaces: { select: { value: true } } } as const;
export const checkItemInclude = { target: checkTarget, section: { select: { name: true } } } as const;

type TargetRow = {
  id: string;
  code: string;
  title: string;
  kind: string;
  measureUnit: string | null;
  targetValue: number | null;
  plan: { unitId: string };
  owners: { sectionId: string; section: { name: string; sortOrder: number } }[];
};

interface Checked {
  checkStatus: string;
  checkNote: string | null;
  checkedById: string | null;
  checkedAt: Date | null;
}

function common(target: TargetRow, row: Checked) {
  const owners = [...target.owners].sort((a, b) => a.section.sortOrder - b.section.sortOrder);
  return {
    target: {
      id: target.id,
      code: target.code,
      title: target.title,
      kind: target.kind,
      measureUnit: target.measureUnit,
      targetValue: target.targetValue,
      owners: owners.map((o) => o.section.name),
    },
    unitId: target.plan.unitId,
    ownerSectionIds: owners.map((o) => o.sectionId),
    checkStatus: row.checkStatus as CheckStatus,
    checkNote: row.checkNote,
    checkedById: row.checkedById,
    checkedAt: row.checkedAt,
  };
}

export interface CheckEntryRow extends Checked {
  id: string;
  action: string;
  value: number;
  enteredValue: number | null;
  enteredUnit: string | null;
  reportedFor: Date;
  note: string | null;
  reason: string | null;
  reportedById: string;
  createdAt: Date;
  target: TargetRow;
  replaces: { value: number } | null;
}

/** The fields only one of the two kinds has: a report's figure and note, an item's name and 批准文号. */
const NEITHER = {
  value: null,
  enteredValue: null,
  enteredUnit: null,
  note: null,
  reason: null,
  itemName: null,
  docNumber: null,
  description: null,
  link: null,
  sectionName: null,
} as const;

/** A report; `standing` is the figure counting for its target now (a correction shows the one it replaces). */
export function entryCheckView(row: CheckEntryRow, standing: number | null): FigureCheckView {
  return {
    ...NEITHER,
    ...common(row.target, row),
    kind: "ENTRY",
    id: row.id,
    action: row.action,
    value: row.action === "NO_CHANGE" ? null : row.value,
    enteredValue: row.enteredValue,
    enteredUnit: row.enteredUnit,
    date: dbDateToIso(row.reportedFor),
    standingValue: row.replaces?.value ?? standing,
    note: row.note,
    reason: row.reason,
    reportedById: row.reportedById,
    reportedAt: row.createdAt,
  };
}

export interface CheckItemRow extends Checked {
  id: string;
  name: string;
  date: Date;
  docNumber: string | null;
  description: string | null;
  link: string | null;
  createdById: string;
  createdAt: Date;
  target: TargetRow;
  section: { name: string } | null;
}

/** A named item; `standing` is how many items of its target count now. */
export function itemCheckView(row: CheckItemRow, standing: number | null): FigureCheckView {
  return {
    ...NEITHER,
    ...common(row.target, row),
    kind: "ITEM",
    id: row.id,
    action: "ITEM",
    date: dbDateToIso(row.date),
    standingValue: standing,
    itemName: row.name,
    docNumber: row.docNumber,
    description: row.description,
    link: row.link,
    sectionName: row.section?.name ?? null,
    reportedById: row.createdById,
    reportedAt: row.createdAt,
  };
}
