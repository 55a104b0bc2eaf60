/**
 * 数据审核 — figures checked before they count. A plan may ask its 考核组 to check every report a section
 * makes (a figure, a correction, 本月无新进展, a named item or a change to one): the report is 待审核 until an
 * assessor accepts it, and only then counts; returned with a reason it never counts, and the section corrects
 * and resubmits. With the setting off every report is accepted as it is written, as before.
 *
 * What is taken back is not checked: a withdrawal (of a figure or of an item) takes effect at once, since it
 * can only make the record claim less than the section claimed before.
 */
export type CheckStatus = "PENDING" | "ACCEPTED" | "RETURNED";

export const CHECK_STATUSES: readonly CheckStatus[] = ["PENDING", "ACCEPTED", "RETURNED"];

/** How figures are read: as checked (only accepted ones count) or as reported (pending ones too). */
export interface CheckReading {
  /** the dashboard's 按填报显示: pending reports count as if accepted; returned ones never do */
  asReported?: boolean;
}

/** A report or item without a check status is one written before checks existed: accepted. */
export function standsChecked(checkStatus: string | null | undefined, reading: CheckReading = {}): boolean {
  const status = checkStatus ?? "ACCEPTED";
  return status === "ACCEPTED" || (reading.asReported === true && status === "PENDING");
}

/** The status a new or changed report starts in. */
export const initialCheckStatus = (plan: { checkFigures: boolean }): CheckStatus => (plan.checkFigures ? "PENDING" : "ACCEPTED");

/** The audit's mark on a report that waits to be checked; nothing when it counted at once (checks off). */
export const pendingAuditMark = (checkStatus: string): { checkStatus?: string } => (checkStatus === "PENDING" ? { checkStatus } : {});

/** The audit's old → new of a check status, when it changed (an edited item going back to 待审核). */
export function checkChange(before: string, after: string): { before: { checkStatus?: string }; after: { checkStatus?: string } } {
  return before === after ? { before: {}, after: {} } : { before: { checkStatus: before }, after: { checkStatus: after } };
}

/** Only a pending report can be accepted or returned: a second assessor's click finds it decided. */
export const canBeChecked = (checkStatus: string) => checkStatus === "PENDING";

/**
 * The checker is not the reporter: a section head cannot pass their own figure, and an administrator who
 * reported for an unowned target cannot check that report either (四眼原则).
 */
export const mayCheck = (checkerId: string, reporterId: string) => checkerId !== reporterId;

/** A return must say what is wrong, so the section knows what to correct. */
export const RETURN_REASON_MAX = 500;

export interface CheckedEntryFact {
  id: string;
  /** the report a correction or withdrawal names */
  replacesId: string | null;
  targetId: string;
  /** ISO day the report is for */
  reportedFor: string;
  /** ISO instant it was entered */
  createdAt: string;
  checkStatus: string;
}

/**
 * Whether the section has answered a returned report: by correcting or withdrawing it, or by any later report
 * of the same target for the same day (a new figure, a new 本月无新进展). A returned item is answered by editing
 * it (it goes back to 待审核) or withdrawing it.
 */
export function returnedEntryAnswered(returned: CheckedEntryFact, entries: readonly CheckedEntryFact[]): boolean {
  return entries.some(
    (o) =>
      o.replacesId === returned.id ||
      (o.targetId === returned.targetId && o.reportedFor === returned.reportedFor && o.createdAt > returned.createdAt),
  );
}

export interface CheckCounts {
  pending: number;
  /** returned and not yet answered by the section */
  returned: number;
}

/**
 * How many reports wait for the 考核组 and how many wait for their sections ("3 项待审核"): pending reports
 * and items; returned reports not answered by a later one (returnedEntryAnswered) and returned items still
 * on record. A withdrawn item waits for nobody.
 */
export function checkCounts(entries: readonly CheckedEntryFact[], items: readonly { status: string; checkStatus: string }[]): CheckCounts {
  const active = items.filter((i) => i.status === "ACTIVE");
  const returnedEntries = entries.filter((e) => e.checkStatus === "RETURNED");
  return {
    pending: [...entries, ...active].filter((r) => r.checkStatus === "PENDING").length,
    returned:
      returnedEntries.filter((e) => !returnedEntryAnswered(e, entries)).length + active.filter((i) => i.checkStatus === "RETURNED").length,
  };
}
