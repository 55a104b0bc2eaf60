/**
 * How long audit rows are kept. 网络安全法 art. 21 asks for at least six months of network logs and GB/T 22239-2019
 * level 2 asks that audit records be protected from deletion; the app never deletes an audit row itself, and the
 * operator's purge (`npm run audit:purge`) may only remove rows older than the retention, never younger than 180 days.
 */
export const MIN_AUDIT_RETENTION_DAYS = 180;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The latest cutoff a purge may use: rows written before it are old enough to remove. */
export function latestPurgeCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - Math.max(retentionDays, MIN_AUDIT_RETENTION_DAYS) * DAY_MS);
}

/** Why a purge with this cutoff may not run, or null when it may. */
export function purgeCutoffProblem(cutoff: Date, now: Date, retentionDays: number): string | null {
  if (!Number.isFinite(cutoff.getTime())) return "截止日期无效";
  if (!Number.isInteger(retentionDays) || retentionDays < MIN_AUDIT_RETENTION_DAYS) {
    return `保留期须为整数天，且不少于 ${MIN_AUDIT_RETENTION_DAYS} 天`;
  }
  const latest = latestPurgeCutoff(now, retentionDays);
  if (cutoff.getTime() > latest.getTime()) {
    return `日志保留 ${retentionDays} 天，截止日期最晚为 ${latest.toISOString().slice(0, 10)}`;
  }
  return null;
}

/**
 * Of rows in chain order, how many at the start can go: a purge removes a prefix of the chain (so the rest still
 * verifies from a recorded anchor), stopping at the first row that is not older than the cutoff.
 */
export function purgeablePrefix(rowsInOrder: readonly { at: Date }[], cutoff: Date): number {
  const firstKept = rowsInOrder.findIndex((row) => row.at.getTime() >= cutoff.getTime());
  return firstKept === -1 ? rowsInOrder.length : firstKept;
}
