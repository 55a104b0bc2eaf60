import { db } from "../db";
import { GENESIS, verifyChain, type ChainAnchor, type ChainReport } from "./audit-chain";

/** The action of the row a purge leaves behind; its `after` records where the remaining chain starts. */
export const PURGE_ACTION = "PURGE_AUDIT_LOG";

export interface PurgeRecord {
  throughSeq: number;
  throughHash: string;
  rows: number;
  cutoff: string;
}

const BATCH = 2000;
const CHAINED = {
  id: true,
  seq: true,
  hash: true,
  at: true,
  userId: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  reason: true,
} as const;

/** Where the chain left in the table starts: after the newest purge's last removed row, else at the beginning. */
export async function chainAnchor(): Promise<ChainAnchor> {
  const purge = await db.auditLog.findFirst({ where: { action: PURGE_ACTION, seq: { not: null } }, orderBy: { seq: "desc" } });
  if (!purge?.after) return { seq: 0, hash: GENESIS };
  const record = JSON.parse(purge.after) as PurgeRecord;
  return { seq: record.throughSeq, hash: record.throughHash };
}

export interface AuditLogReport extends ChainReport {
  anchor: ChainAnchor;
  /** when the operator passed a head recorded earlier: whether the chain still holds that row unchanged */
  expectedHeadFound: boolean | null;
}

/**
 * `npm run audit:verify`: walks the whole chain in seq order, a batch at a time (a year of audit rows need not fit
 * in memory), from the anchor to the newest row. An altered, removed or inserted row is reported by seq. A hash
 * chain without a secret can be recomputed by whoever can write the table, so the head it prints is meant to be
 * recorded off the server (e.g. in the monthly 调度 minutes) and passed back as `expectHead`: a rewritten chain no
 * longer contains it.
 */
export async function verifyAuditLog(options: { expectHead?: ChainAnchor } = {}): Promise<AuditLogReport> {
  const anchor = await chainAnchor();
  const unchained = await db.auditLog.count({ where: { seq: null } });
  let head = anchor;
  let checked = 0;
  // a head at or before the anchor: its row was purged, only the anchor itself can still be compared
  const expect = options.expectHead;
  let expectedHeadFound: boolean | null = !expect
    ? null
    : expect.seq < anchor.seq
      ? null
      : expect.seq === anchor.seq
        ? expect.hash === anchor.hash
        : false;
  for (;;) {
    const rows = await db.auditLog.findMany({ where: { seq: { gt: head.seq } }, orderBy: { seq: "asc" }, take: BATCH, select: CHAINED });
    if (rows.length === 0) break;
    const report = verifyChain(
      rows.map((row) => ({ ...row, seq: row.seq! })),
      head,
    );
    checked += report.checked;
    if (expect && expectedHeadFound === false) {
      const match = rows.find((row) => row.seq === expect.seq);
      if (match?.seq != null && report.head.seq >= match.seq) expectedHeadFound = match.hash === expect.hash;
    }
    if (report.broken) return { ...report, checked, unchained, anchor, expectedHeadFound };
    head = report.head;
  }
  return { checked, unchained, broken: null, head, anchor, expectedHeadFound };
}
