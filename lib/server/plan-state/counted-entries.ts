import type { ProgressPoint } from "../../domain";
import { dbDateToIso } from "../db-dates";

/**
 * What of a report decides whether and how it counts (lib/domain/corrections.ts effectiveEntries: corrections,
 * withdrawals, 数据审核) — the one selection every reader of figures asks for, the plan state and the county roll-up.
 */
export const countedEntrySelect = {
  id: true,
  targetId: true,
  value: true,
  reportedFor: true,
  createdAt: true,
  action: true,
  replacesId: true,
  checkStatus: true,
} as const;

/** A counted report as the domain's figure rules read it. */
export function entryPoint(e: { value: number; reportedFor: Date; createdAt: Date }): ProgressPoint {
  return { value: e.value, reportedFor: dbDateToIso(e.reportedFor), recordedAt: e.createdAt.toISOString() };
}
