/**
 * Every SQL statement the app sends — through Prisma (db.ts counts its query events) or by hand
 * (read-rows.ts) — is counted, so tests can prove a page costs the same number of queries for 20 targets as for
 * 200 (no N+1). Counting is cheaper than any query.
 */
const statements = { count: 0 };

export const sqlStatementCount = () => statements.count;

export function countStatement(): void {
  statements.count++;
}
