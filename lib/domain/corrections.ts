import { standsChecked, type CheckReading } from "./figure-check";

/**
 * Reports are never edited or deleted: a correction is a new entry that replaces an earlier one, a
 * withdrawal a new entry that cancels it. The figures that count are the entries nobody replaced,
 * excluding the withdrawal records themselves and the 本月无新进展 confirmations (NO_CHANGE), which only
 * say a month was reported on (lib/domain/reporting-discipline.ts) and are never figures.
 */
export interface CorrectableEntry {
  id: string;
  action: "RECORD" | "CORRECTION" | "WITHDRAWAL" | "NO_CHANGE" | string;
  replacesId: string | null;
  /** 数据审核 (lib/domain/figure-check.ts); absent: accepted */
  checkStatus?: string | null;
}

const NOT_FIGURES = new Set(["WITHDRAWAL", "NO_CHANGE"]);

export function effectiveEntries<T extends CorrectableEntry>(entries: readonly T[], reading: CheckReading = {}): T[] {
  const stands = (e: T) => standsChecked(e.checkStatus, reading);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const replaced = new Set<string>();
  for (const e of entries) {
    if (!stands(e) || e.replacesId == null) continue;
    // A correction that is not accepted (pending, returned) replaces nothing: the original keeps counting.
    // An accepted one retires what it names and, through any unaccepted corrections in between, the figure
    // that stood before them — so correcting a returned correction never leaves two figures counting. A
    // withdrawal retires only what it names: withdrawing a pending correction leaves the original standing.
    let at: string | null = e.replacesId;
    for (let hops = 0; at != null && hops < entries.length; hops++) {
      replaced.add(at);
      const previous = byId.get(at);
      if (!previous || stands(previous) || e.action !== "CORRECTION") break;
      at = previous.replacesId;
    }
  }
  return entries.filter((e) => stands(e) && !NOT_FIGURES.has(e.action) && !replaced.has(e.id));
}
