import { createHash } from "node:crypto";

/**
 * The audit log's tamper evidence: rows are numbered (seq) in the order they are written, and each row's hash is
 * SHA-256 over the previous row's hash and the row's own content. Changing, removing or inserting a row through
 * the database breaks every hash after it, which `npm run audit:verify` (scripts/audit-verify.ts) reports.
 * targetId is left out: deleting a target sets it to null by design (the row keeps entityId).
 */
export const GENESIS = "0".repeat(64);

export interface ChainedContent {
  seq: number;
  at: Date;
  userId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  reason: string | null;
}

export function chainHash(previous: string, row: ChainedContent): string {
  const content = JSON.stringify([
    row.seq,
    row.at.toISOString(),
    row.userId,
    row.action,
    row.entityType,
    row.entityId,
    row.before,
    row.after,
    row.reason,
  ]);
  return createHash("sha256").update(previous).update("\n").update(content).digest("hex");
}

export interface ChainReport {
  /** rows checked, in seq order */
  checked: number;
  /** rows written before the chain began (no seq), not covered */
  unchained: number;
  /** the first row that does not fit, with why; null when the chain is whole */
  broken: { seq: number; id: string | null; problem: string } | null;
  /** the last row that fits: the anchor for the next batch, and the head an operator records outside the server */
  head: ChainAnchor;
}

export interface ChainAnchor {
  seq: number;
  hash: string;
}

/**
 * Checks rows in seq order. `anchor` is the hash the first row builds on: GENESIS for a whole log, or the last
 * purged row's hash (recorded by the purge's own audit row) after old rows were removed at the end of retention.
 */
export function verifyChain(rows: readonly (ChainedContent & { id: string; hash: string | null })[], anchor: ChainAnchor): ChainReport {
  let previous = anchor.hash;
  let expectedSeq = anchor.seq + 1;
  for (const [i, row] of rows.entries()) {
    if (row.seq !== expectedSeq) {
      return {
        checked: i,
        unchained: 0,
        broken: { seq: expectedSeq, id: null, problem: row.seq > expectedSeq ? "missing" : "duplicated" },
        head: { seq: expectedSeq - 1, hash: previous },
      };
    }
    if (row.hash !== chainHash(previous, row)) {
      return {
        checked: i,
        unchained: 0,
        broken: { seq: row.seq, id: row.id, problem: "altered" },
        head: { seq: expectedSeq - 1, hash: previous },
      };
    }
    previous = row.hash;
    expectedSeq++;
  }
  return { checked: rows.length, unchained: 0, broken: null, head: { seq: expectedSeq - 1, hash: previous } };
}
