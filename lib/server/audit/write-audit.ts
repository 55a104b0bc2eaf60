import type { Prisma } from "../../../generated/prisma/client";
import { resolveDatabase } from "../database-url";
import { chainHash, GENESIS } from "./audit-chain";

export interface AuditInput {
  userId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

const onPostgres = resolveDatabase().provider === "postgresql";

/**
 * Appends one audit row inside the caller's transaction, so a write and its trace commit together. The row is
 * the next link of the hash chain (audit-chain.ts): on PostgreSQL a transaction-scoped advisory lock puts
 * concurrent writers in line (SQLite runs one write transaction at a time anyway); the unique seq is the backstop.
 */
export async function writeAudit(tx: Prisma.TransactionClient, entry: AuditInput) {
  if (onPostgres) await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(72201301)");
  const last = await tx.auditLog.findFirst({ where: { seq: { not: null } }, orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const content = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date(),
    userId: entry.userId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    reason: entry.reason ?? null,
  };
  return tx.auditLog.create({
    data: { ...content, targetId: entry.targetId ?? null, hash: chainHash(last?.hash ?? GENESIS, content) },
  });
}
