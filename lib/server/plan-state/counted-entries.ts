import type { IsoDate, ProgressPoint } from "../../domain";
import { instantText, type Dialect } from "../sql/dialect";
import { readRows } from "../sql/read-rows";

/**
 * What of a report decides whether and how it counts (lib/domain/corrections.ts effectiveEntries: corrections,
 * withdrawals, 数据审核) — the one reading every reader of figures asks for, the plan state and the county roll-up.
 * Days and instants come as text, as the domain reads them: no Date is built per report.
 */
export interface CountedEntry {
  id: string;
  targetId: string;
  value: number;
  reportedFor: IsoDate;
  /** ISO instant (Date.toISOString) */
  createdAt: string;
  action: string;
  replacesId: string | null;
  checkStatus: string;
}

/** A named item of a count target as the domain counts it (lib/domain/count-items.ts). */
export interface CountedItem {
  targetId: string;
  date: IsoDate;
  status: string;
  recordedAt: string;
  checkStatus: string;
}

/**
 * Rows of `table` for the targets `targets` selects (a WHERE on alias t). SQLite has no statistics: CROSS JOIN
 * keeps it going from the targets to their rows through the (targetId, …) index rather than scanning the table.
 */
const ofTargets = (table: string, alias: string, targets: string) =>
  `FROM "Target" t CROSS JOIN "${table}" ${alias} WHERE ${targets} AND ${alias}."targetId" = t.id`;

export async function readCountedEntries(d: Dialect, targets: string, params: readonly unknown[]): Promise<CountedEntry[]> {
  const rows = await readRows<CountedEntry>(
    `SELECT e.id, e."targetId", e.value, ${d.day('e."reportedFor"')} AS "reportedFor", ${d.instant('e."createdAt"')} AS "createdAt",
  e.action, e."replacesId", e."checkStatus" ${ofTargets("ProgressEntry", "e", targets)}`,
    params,
  );
  for (const r of rows) r.createdAt = instantText(r.createdAt);
  return rows;
}

export async function readCountedItems(d: Dialect, targets: string, params: readonly unknown[]): Promise<CountedItem[]> {
  const rows = await readRows<CountedItem>(
    `SELECT i."targetId", ${d.day("i.date")} AS date, i.status, ${d.instant('i."createdAt"')} AS "recordedAt", i."checkStatus"
  ${ofTargets("CountItem", "i", targets)}`,
    params,
  );
  for (const r of rows) r.recordedAt = instantText(r.recordedAt);
  return rows;
}

/** A counted report as the domain's figure rules read it. */
export function entryPoint(e: CountedEntry): ProgressPoint {
  return { value: e.value, reportedFor: e.reportedFor, recordedAt: e.createdAt };
}
