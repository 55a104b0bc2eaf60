import { effectiveEntries, type CheckStatus, type IsoDate, type TargetKind } from "../../domain";
import { dbDateToIso } from "../db-dates";

/** A report as the target page and the write payloads show it. */
export interface ProgressEntryView {
  id: string;
  targetId: string;
  value: number;
  reportedFor: IsoDate;
  note: string | null;
  action: string;
  reason: string | null;
  replacesId: string | null;
  /** false once corrected or withdrawn, for withdrawal records, NO_CHANGE confirmations and on count targets */
  counts: boolean;
  enteredValue: number | null;
  enteredUnit: string | null;
  isDemo: boolean;
  reportedById: string;
  createdAt: Date;
  /** 数据审核 (lib/domain/figure-check.ts) */
  checkStatus: CheckStatus;
  checkNote: string | null;
  checkedById: string | null;
  checkedAt: Date | null;
}

export interface ProgressEntryRow extends Omit<ProgressEntryView, "reportedFor" | "counts" | "checkStatus"> {
  reportedFor: Date;
  checkStatus: string;
}

/** A target's report rows as views; which ones count follows the corrections rule (a count target's none). */
export function toEntryViews(rows: readonly ProgressEntryRow[], kind: TargetKind): ProgressEntryView[] {
  const counting = new Set(kind === "COUNT" ? [] : effectiveEntries(rows).map((e) => e.id));
  return rows.map((e) => ({
    ...e,
    reportedFor: dbDateToIso(e.reportedFor),
    counts: counting.has(e.id),
    checkStatus: e.checkStatus as CheckStatus,
  }));
}
