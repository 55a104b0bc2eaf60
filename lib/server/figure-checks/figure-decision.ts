import { canBeChecked, mayCheck, type CheckStatus } from "../../domain";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { checkEntryInclude, checkItemInclude, entryCheckView, itemCheckView, type FigureCheckView } from "./figure-check-view";
import { msg, msgAt } from "../../i18n/message-text";

export interface FigureDecision {
  user: SessionUser;
  kind: "ENTRY" | "ITEM";
  id: string;
  decision: Extract<CheckStatus, "ACCEPTED" | "RETURNED">;
  /** 退回: the reason (validated by the caller) */
  reason?: string;
}

/**
 * The steps accepting and returning share. The operation has already checked that the caller is an assessor
 * of the report's unit; here: the report exists, is still pending, and was not made by the caller (四眼原则).
 * The update is conditional on PENDING inside the transaction, so of two assessors deciding at once one
 * wins and the other is told (CONFLICT) rather than overwriting. The audit row says old → new and why.
 */
export async function decideFigure(options: FigureDecision): Promise<FigureCheckView> {
  const { user, kind, id, decision } = options;
  const current =
    kind === "ENTRY"
      ? await db.progressEntry.findUnique({ where: { id }, select: { checkStatus: true, reportedById: true, targetId: true, value: true } })
      : await db.countItem.findUnique({
          where: { id },
          select: { checkStatus: true, createdById: true, targetId: true, name: true, status: true },
        });
  if (!current) throw notFound(kind === "ENTRY" ? "noun.report" : "noun.item");
  if ("status" in current && current.status !== "ACTIVE") throw new AppError("CONFLICT", msg("checks.withdrawn"));
  if (!canBeChecked(current.checkStatus)) {
    throw new AppError(
      "CONFLICT",
      msg(kind === "ENTRY" ? "checks.entryDecided" : "checks.itemDecided", { status: msgAt(`checks.status.${current.checkStatus}`) }),
    );
  }
  const reporterId = "reportedById" in current ? current.reportedById : current.createdById;
  if (!mayCheck(user.id, reporterId)) throw new AppError("FORBIDDEN", msg("checks.notOwn"));

  const now = new Date();
  const data = { checkStatus: decision, checkedById: user.id, checkedAt: now, checkNote: decision === "RETURNED" ? options.reason! : null };
  await db.$transaction(async (tx) => {
    const updated =
      kind === "ENTRY"
        ? await tx.progressEntry.updateMany({ where: { id, checkStatus: "PENDING" }, data })
        : // an item's own version moves too, so a form open on it reloads before editing what was just decided
          await tx.countItem.updateMany({
            where: { id, checkStatus: "PENDING", status: "ACTIVE" },
            data: { ...data, version: { increment: 1 } },
          });
    if (updated.count === 0) throw new AppError("CONFLICT", msg("checks.raced"));
    await writeAudit(tx, {
      userId: user.id,
      action: decision === "ACCEPTED" ? "ACCEPT_FIGURE" : "RETURN_FIGURE",
      entityType: kind === "ENTRY" ? "ProgressEntry" : "CountItem",
      entityId: id,
      targetId: current.targetId,
      reason: options.reason ?? null,
      before: { checkStatus: "PENDING" },
      // the row has its own time; the reason is the row's reason and, for a return, the note the section reads
      after: { checkStatus: decision, ...(decision === "RETURNED" ? { checkNote: options.reason } : {}) },
    });
  });
  return findFigureCheck(kind, id);
}

/** One report or item as the queue shows it, after a decision. */
export async function findFigureCheck(kind: "ENTRY" | "ITEM", id: string): Promise<FigureCheckView> {
  if (kind === "ENTRY")
    return entryCheckView(await db.progressEntry.findUniqueOrThrow({ where: { id }, include: checkEntryInclude }), null);
  return itemCheckView(await db.countItem.findUniqueOrThrow({ where: { id }, include: checkItemInclude }), null);
}
