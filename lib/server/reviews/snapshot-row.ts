import { finiteOrNull, TARGET_STATUSES, type TargetStatus } from "../../domain";

/** An owning section as a snapshot recorded it. */
export interface SnapshotOwner {
  /** null only when a row written before ids were kept names a section that no longer exists under that name */
  id: string | null;
  name: string;
}

/**
 * One ReviewSnapshot row as data: a target as it stood at the period end. Nothing here is display text —
 * owners are sections (an empty list when the plan names none), status is the enum, figures are numbers;
 * the readers format them through lib/i18n.
 */
export interface SnapshotRowData {
  targetId: string;
  code: string;
  title: string;
  areaName: string;
  owners: SnapshotOwner[];
  value: number | null;
  ratio: number | null;
  status: TargetStatus;
  expectedRatio: number;
  forecastValue: number | null;
  forecastRatio: number | null;
  points: number;
  computedScore: number | null;
}

/** The row as the database holds it: `owners` is text (JSON since owners became data). */
export type StoredSnapshotRow = Omit<SnapshotRowData, "owners" | "status"> & { owners: string; status: string };

/** What writeSnapshot puts in the `owners` column: `[{"id":"…","name":"计划科"}]`, `[]` for none. */
export function storedOwners(owners: readonly SnapshotOwner[]): string {
  return JSON.stringify(owners.map((o) => ({ id: o.id, name: o.name })));
}

// Rows written before owners became data held the display text: "农社科、高新办", or 未指定 for none.
const LEGACY_NONE = "未指定";
const LEGACY_SEPARATOR = "、";

function parseOwnerList(text: string): { id: string | null; name: string }[] | null {
  if (!text.startsWith("[")) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return null;
    const owners = parsed.map((o: unknown) => {
      const { id, name } = (o ?? {}) as { id?: unknown; name?: unknown };
      return typeof name === "string" ? { id: typeof id === "string" ? id : null, name } : null;
    });
    return owners.every((o) => o !== null) ? (owners as { id: string | null; name: string }[]) : null;
  } catch {
    return null;
  }
}

/**
 * Reads a stored snapshot row, whichever shape it was written in: owners as a JSON list of sections (now),
 * or the old display text — 未指定 (or nothing) → [], "农社科、高新办" → those names, their ids looked up by
 * name among `sections` (the plan unit's sections) where they still exist. The status must be one of the
 * enum's values (it always was stored that way); anything else is a damaged row and is refused. A figure that is
 * not a finite number (a snapshot frozen while a legacy target value of 5e-324 made a ratio Infinity) reads as
 * null, or 0 where the page needs a number, so one such row never breaks the review.
 */
export function readSnapshotRow(stored: StoredSnapshotRow, sections: readonly { id: string; name: string }[] = []): SnapshotRowData {
  const status = stored.status as TargetStatus;
  if (!TARGET_STATUSES.includes(status)) throw new Error(`考核快照 ${stored.code} 的状态无法识别：${stored.status}`);
  const idByName = new Map(sections.map((s) => [s.name, s.id]));
  const text = stored.owners.trim();
  const listed =
    parseOwnerList(text) ??
    (text === "" || text === LEGACY_NONE
      ? []
      : text
          .split(LEGACY_SEPARATOR)
          .map((name) => name.trim())
          .filter(Boolean)
          .map((name) => ({ id: null, name })));
  const owners = listed.map((o) => ({ id: o.id ?? idByName.get(o.name) ?? null, name: o.name }));
  return {
    targetId: stored.targetId,
    code: stored.code,
    title: stored.title,
    areaName: stored.areaName,
    owners,
    value: finiteOrNull(stored.value),
    ratio: finiteOrNull(stored.ratio),
    status,
    expectedRatio: finiteOrNull(stored.expectedRatio) ?? 0,
    forecastValue: finiteOrNull(stored.forecastValue),
    forecastRatio: finiteOrNull(stored.forecastRatio),
    points: finiteOrNull(stored.points) ?? 0,
    computedScore: finiteOrNull(stored.computedScore),
  };
}
