import { latestPurgeCutoff, purgeablePrefix, purgeCutoffProblem } from "../../domain/audit-retention";
import { db } from "../db";
import { AppError } from "../errors";
import { PURGE_ACTION, verifyAuditLog, type PurgeRecord } from "./verify-audit-log";
import { writeAudit } from "./write-audit";
import { msg } from "../../i18n/message-text";

export interface PurgeResult {
  removed: number;
  /** the chain's last removed row: the anchor the rest verifies from */
  throughSeq: number;
  cutoff: Date;
}

/**
 * `npm run audit:purge`: the operator's end-of-retention clean-up, and the only way audit rows are ever deleted
 * (no GraphQL operation or route can). It removes the oldest rows, written before `cutoff`, which must be at
 * least the retention (≥ 180 days, lib/domain/audit-retention.ts) in the past. It refuses to run on a chain that
 * does not verify (a purge must not hide tampering), removes only a prefix of the chain, and in the same
 * transaction writes a PURGE_AUDIT_LOG row recording the last removed row's seq and hash, so the rest still
 * verifies. Rows from before the chain began (no seq) that are old enough go too.
 */
export async function purgeAuditLog(options: { cutoff: Date; retentionDays: number; reason: string; now?: Date }): Promise<PurgeResult> {
  const now = options.now ?? new Date();
  const problem = purgeCutoffProblem(options.cutoff, now, options.retentionDays);
  if (problem)
    throw new AppError("BAD_USER_INPUT", msg("purge.refused", { problem }), {
      latestCutoff: latestPurgeCutoff(now, options.retentionDays).toISOString(),
    });
  if (!options.reason.trim()) throw new AppError("BAD_USER_INPUT", msg("purge.reasonRequired"));
  const report = await verifyAuditLog();
  if (report.broken) {
    throw new AppError("CONFLICT", msg("purge.chainBroken", { seq: report.broken.seq, problem: report.broken.problem }), {
      broken: report.broken,
    });
  }
  return db.$transaction(async (tx) => {
    const candidates = await tx.auditLog.findMany({
      where: { seq: { gt: report.anchor.seq }, at: { lt: options.cutoff } },
      orderBy: { seq: "asc" },
      select: { seq: true, hash: true, at: true },
    });
    // candidates are old rows in seq order; the prefix ends at the first gap (a younger row in between stays)
    const contiguous = candidates.findIndex((row, i) => row.seq !== report.anchor.seq + 1 + i);
    const inOrder = contiguous === -1 ? candidates : candidates.slice(0, contiguous);
    const count = purgeablePrefix(inOrder, options.cutoff);
    const last = count > 0 ? inOrder[count - 1] : null;
    const throughSeq = last?.seq ?? report.anchor.seq;
    const throughHash = last?.hash ?? report.anchor.hash;
    const chained = await tx.auditLog.deleteMany({ where: { seq: { lte: throughSeq } } });
    const unchained = await tx.auditLog.deleteMany({ where: { seq: null, at: { lt: options.cutoff } } });
    const removed = chained.count + unchained.count;
    const record: PurgeRecord = { throughSeq, throughHash: throughHash!, rows: removed, cutoff: options.cutoff.toISOString() };
    await writeAudit(tx, {
      userId: null,
      action: PURGE_ACTION,
      entityType: "AuditLog",
      entityId: "retention",
      after: record,
      reason: options.reason,
    });
    return { removed, throughSeq, cutoff: options.cutoff };
  });
}
