import type { Prisma } from "../../../generated/prisma/client";
import { rectificationStepProblem } from "../../domain";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { RECTIFICATION_INCLUDE, toRectificationView, type RectificationView } from "../rectifications/rectification-view";

const EXISTING_INCLUDE = {
  target: { select: { id: true, code: true, title: true, plan: { select: { unitId: true } }, owners: { select: { sectionId: true } } } },
} as const;

export type ExistingRectification = Prisma.RectificationGetPayload<{ include: typeof EXISTING_INCLUDE }>;

/**
 * One step of the 整改 loop (answer, send back, sign off), the same way each time: the notice is loaded, the
 * caller authorized against it, the step checked against the loop's order (lib/domain/rectification.ts), the
 * notice's version claimed (two people acting on one view: one succeeds, the other gets CONFLICT naming the
 * newer state), the row updated and the step audited old → new in one transaction.
 */
export async function stepRectification(options: {
  user: SessionUser;
  rectificationId: string;
  expectedVersion: number;
  step: "ANSWER" | "RETURN" | "CLOSE";
  action: string;
  authorize: (existing: ExistingRectification) => void | Promise<unknown>;
  update: (existing: ExistingRectification, now: Date) => Prisma.RectificationUpdateInput;
  /** what the audit row records of the change, besides the status and version */
  audited: (existing: ExistingRectification, now: Date) => { before: Record<string, unknown>; after: Record<string, unknown> };
  /** more writes in the same transaction (the answer's evidence links) */
  alsoWrite?: (tx: Prisma.TransactionClient, existing: ExistingRectification) => Promise<unknown>;
  today?: string;
}): Promise<RectificationView> {
  const existing = await db.rectification.findUnique({ where: { id: options.rectificationId }, include: EXISTING_INCLUDE });
  if (!existing) throw notFound("noun.rectification");
  await options.authorize(existing);
  const claim = { kind: "rectification", id: existing.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, existing.version);
  const problem = rectificationStepProblem(existing.status, options.step);
  if (problem) throw new AppError("CONFLICT", problem);
  const now = new Date();
  const updated = await inVersionedTransaction(async (tx) => {
    const version = await claimVersion(tx, claim);
    await options.alsoWrite?.(tx, existing);
    const data = options.update(existing, now);
    const row = await tx.rectification.update({ where: { id: existing.id }, data, include: RECTIFICATION_INCLUDE });
    const { before, after } = options.audited(existing, now);
    await writeAudit(tx, {
      userId: options.user.id,
      action: options.action,
      entityType: "Rectification",
      entityId: existing.id,
      targetId: existing.targetId,
      before: { status: existing.status, ...before, version: claim.expected },
      after: { status: row.status, ...after, version },
    });
    return row;
  });
  return toRectificationView(updated, options.today);
}
