/**
 * Reports are never edited or deleted: a correction is a new entry that replaces an earlier one, a
 * withdrawal a new entry that cancels it. The figures that count are the entries nobody replaced,
 * excluding the withdrawal records themselves.
 */
export interface CorrectableEntry {
  id: string;
  action: "RECORD" | "CORRECTION" | "WITHDRAWAL" | string;
  replacesId: string | null;
}

export function effectiveEntries<T extends CorrectableEntry>(entries: readonly T[]): T[] {
  const replaced = new Set(entries.map((e) => e.replacesId).filter((id): id is string => id != null));
  return entries.filter((e) => e.action !== "WITHDRAWAL" && !replaced.has(e.id));
}
