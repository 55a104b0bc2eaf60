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
}

const NOT_FIGURES = new Set(["WITHDRAWAL", "NO_CHANGE"]);

export function effectiveEntries<T extends CorrectableEntry>(entries: readonly T[]): T[] {
  const replaced = new Set(entries.map((e) => e.replacesId).filter((id): id is string => id != null));
  return entries.filter((e) => !NOT_FIGURES.has(e.action) && !replaced.has(e.id));
}
