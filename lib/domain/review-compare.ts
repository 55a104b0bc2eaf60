import type { TargetStatus } from "./types";

/** One target as a review saw it: its status and figure at the period end. */
export interface ReviewedTarget {
  targetId: string;
  code: string;
  title: string;
  status: TargetStatus;
  value: number | null;
  ratio: number | null;
}

/** MOVED: status or figure differ from the previous review; NEW: the previous review did not have it. */
export type ReviewChangeKind = "MOVED" | "UNCHANGED" | "NEW";

export interface ReviewChange {
  targetId: string;
  code: string;
  title: string;
  change: ReviewChangeKind;
  statusChanged: boolean;
  valueChanged: boolean;
  before: { status: TargetStatus; value: number | null; ratio: number | null } | null;
  after: { status: TargetStatus; value: number | null; ratio: number | null };
}

export interface ReviewComparison {
  /** in the order of the current review's rows */
  changes: ReviewChange[];
  moved: number;
  unchanged: number;
  added: number;
}

/** Figures are stored as reported; a difference below this is float noise, not progress. */
const VALUE_EPSILON = 1e-9;

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= VALUE_EPSILON;
}

/**
 * 本期与上期对比: each target of the current review against the same target in the previous review of the
 * same kind (e.g. Q3 against Q2). Targets the previous review did not have are NEW; targets it had that
 * are gone now are not listed (the current plan no longer has them).
 */
export function compareReviews(previous: readonly ReviewedTarget[], current: readonly ReviewedTarget[]): ReviewComparison {
  const before = new Map(previous.map((p) => [p.targetId, p]));
  const changes = current.map((now): ReviewChange => {
    const after = { status: now.status, value: now.value, ratio: now.ratio };
    const was = before.get(now.targetId);
    const base = { targetId: now.targetId, code: now.code, title: now.title, after };
    if (!was) return { ...base, change: "NEW", statusChanged: false, valueChanged: false, before: null };
    const statusChanged = was.status !== now.status;
    const valueChanged = !sameValue(was.value, now.value);
    return {
      ...base,
      change: statusChanged || valueChanged ? "MOVED" : "UNCHANGED",
      statusChanged,
      valueChanged,
      before: { status: was.status, value: was.value, ratio: was.ratio },
    };
  });
  return {
    changes,
    moved: changes.filter((c) => c.change === "MOVED").length,
    unchanged: changes.filter((c) => c.change === "UNCHANGED").length,
    added: changes.filter((c) => c.change === "NEW").length,
  };
}
