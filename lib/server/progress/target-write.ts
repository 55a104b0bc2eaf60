import type { Prisma } from "../../../generated/prisma/client";
import { convertAmount, enteredAmountRange, isAmountUnit, rangeProblem, type TargetKind } from "../../domain";
import { fieldErrors, needsConfirmation, progressInputSchema, type ProgressInput } from "../../validation/progress";
import { reportableTargetWhere } from "../access/permissions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { todayIso } from "../db-dates";
import { AppError, notFound } from "../errors";

/**
 * The steps every write to a target's figures shares (report, correction, withdrawal, evidence): find the
 * target through the user's section ownership and validate against its kind and plan year. The target's
 * version is claimed with lib/server/concurrency/versioned-write.ts like every other versioned record.
 */
/** What every write to a target reads of its plan: the year (dates), the unit (scope), whether figures are checked. */
export const writableTargetInclude = { plan: { select: { year: true, unitId: true, checkFigures: true } } } as const;

export async function findWritableTarget(user: SessionUser, targetId: string) {
  const target = await db.target.findFirst({
    where: { id: targetId, ...reportableTargetWhere(user) },
    include: writableTargetInclude,
  });
  if (target) return target;
  const exists = await db.target.count({ where: { id: targetId } });
  if (!exists) throw notFound("指标");
  throw new AppError("FORBIDDEN", "只能填报本科室负责的指标");
}

export type WritableTarget = Awaited<ReturnType<typeof findWritableTarget>>;

/** A count target's figure is the number of its named items: a typed figure would bypass the items. */
export function refuseTypedCount(target: WritableTarget): void {
  if (target.kind !== "COUNT") return;
  throw new AppError(
    "BAD_USER_INPUT",
    "数量类指标按逐项登记的事项自动计数：请在指标页“逐项登记”中添加事项（名称、日期、批准文号），不能直接填写数量",
    {
      fields: { value: "请逐项登记" },
    },
  );
}

export interface EnteredAmount {
  /** in the target's unit */
  value: number;
  /** the figure as typed, when typed in another unit */
  enteredValue: number | null;
  enteredUnit: string | null;
}

/**
 * Amounts may be typed in 万元 or 亿元 whatever the target's unit (4.3 亿元 vs 267.9 万元); they are stored
 * in the target's unit, keeping what was typed next to it. Other kinds take no unit.
 */
export function amountInTargetUnit(target: WritableTarget, value: number, unit: string | null | undefined): EnteredAmount {
  if (unit == null || unit === "" || unit === target.measureUnit) return { value, enteredValue: null, enteredUnit: null };
  if (target.kind !== "AMOUNT" || !isAmountUnit(target.measureUnit) || !isAmountUnit(unit)) {
    throw new AppError("BAD_USER_INPUT", `该指标的计量单位是${target.measureUnit ?? "（无）"}，不能按“${unit}”填报`, {
      fields: { unit: "单位不适用" },
    });
  }
  // the figure as typed is held to its own unit's range first (1e20 亿元 is refused in 亿元, not as 1e24 万元)
  const problem = value < 0 ? null : rangeProblem("完成值", value, enteredAmountRange(unit));
  if (problem) throw new AppError("BAD_USER_INPUT", problem, { fields: { value: problem } });
  return { value: Number.isFinite(value) ? convertAmount(value, unit, target.measureUnit) : value, enteredValue: value, enteredUnit: unit };
}

export function validateProgress(
  target: WritableTarget,
  input: { value: number; reportedFor: string; note?: string | null; confirmLarge?: boolean },
  today = todayIso(),
): ProgressInput {
  const parsed = progressInputSchema({
    kind: target.kind as TargetKind,
    planYear: target.plan.year,
    targetValue: target.targetValue,
    measureUnit: target.measureUnit,
    today,
  }).safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = fieldErrors(parsed.error);
  throw new AppError(needsConfirmation(parsed.error) ? "NEEDS_CONFIRMATION" : "BAD_USER_INPUT", Object.values(fields).join("；"), {
    fields,
  });
}

/** A correction or withdrawal must say why. */
export function requireReason(reason: string | null | undefined): string {
  const trimmed = (reason ?? "").trim();
  if (trimmed.length === 0) throw new AppError("BAD_USER_INPUT", "请填写更正或撤回的原因", { fields: { reason: "请填写原因" } });
  if (trimmed.length > 500) throw new AppError("BAD_USER_INPUT", "原因不能超过 500 字", { fields: { reason: "原因不能超过 500 字" } });
  return trimmed;
}

/**
 * The figure that currently counts for a target, for the audit's old → new: the newest accepted report no
 * accepted correction or withdrawal replaced (lib/domain/corrections.ts has the whole rule).
 */
export function currentEntry(tx: Prisma.TransactionClient, targetId: string) {
  return tx.progressEntry.findFirst({
    where: {
      targetId,
      action: { notIn: ["WITHDRAWAL", "NO_CHANGE"] },
      checkStatus: "ACCEPTED",
      replacedBy: { none: { checkStatus: "ACCEPTED" } },
    },
    orderBy: [{ reportedFor: "desc" }, { createdAt: "desc" }],
  });
}
