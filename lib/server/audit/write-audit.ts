import type { Prisma } from "../../../generated/prisma/client";

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

/** Appends one audit row inside the caller's transaction, so a write and its trace commit together. */
export function writeAudit(tx: Prisma.TransactionClient, entry: AuditInput) {
  return tx.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      targetId: entry.targetId ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      reason: entry.reason ?? null,
    },
  });
}
