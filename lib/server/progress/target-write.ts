import { convertAmount, enteredAmountRange, isAmountUnit, rangeProblem, type TargetKind } from "../../domain";
import { issueFields, needsConfirmation, progressInputSchema, type ProgressInput } from "../../validation/progress";
import { canReport } from "../access/permissions";
import type { SessionUser } from "../auth/session-user";
import { readTargetFacts, type TargetFacts } from "../plan-state/target-facts";
import { todayIso } from "../db-dates";
import { AppError, notFound } from "../errors";
import { msg, msgList } from "../../i18n/message-text";

/**
 * The steps every write to a target's figures shares (report, correction, withdrawal, evidence): find the
 * target through the user's section ownership and validate against its kind and plan year. The target's
 * version is claimed with lib/server/concurrency/versioned-write.ts like every other versioned record.
 */
/**
 * The target a write is about, with what its plan decides, its owners and its area (plan-state/target-facts.ts:
 * one statement), when the user may write to it (canReport, the rule every list and page asks too).
 */
export async function findWritableTarget(user: SessionUser, targetId: string): Promise<WritableTarget> {
  const target = await readTargetFacts(targetId);
  if (!target) throw notFound("noun.target");
  if (!canReport(user, { unitId: target.plan.unitId, sectionIds: target.owners.map((o) => o.section.id) })) {
    throw new AppError("FORBIDDEN", msg("request.reportOwnTargets"));
  }
  return target;
}

export type WritableTarget = TargetFacts;

/** What a report's checks read of its target: findWritableTarget's, or the 本月填报表's (writableTargetInclude). */
export type ReportTarget = Pick<TargetFacts, "id" | "planId" | "code" | "title" | "kind" | "measureUnit" | "targetValue" | "version"> & {
  plan: Pick<TargetFacts["plan"], "year" | "unitId" | "checkFigures">;
};

/** The plan's part of a ReportTarget, for reads through Prisma (the 本月填报表's targets). */
export const writableTargetInclude = { plan: { select: { year: true, unitId: true, checkFigures: true } } } as const;

/** A count target's figure is the number of its named items: a typed figure would bypass the items. */
export function refuseTypedCount(target: ReportTarget): void {
  if (target.kind !== "COUNT") return;
  throw new AppError("BAD_USER_INPUT", msg("progress.countByItems"), {
    fields: { value: msg("progress.countByItemsShort") },
  });
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
export function amountInTargetUnit(target: ReportTarget, value: number, unit: string | null | undefined): EnteredAmount {
  if (unit == null || unit === "" || unit === target.measureUnit) return { value, enteredValue: null, enteredUnit: null };
  if (target.kind !== "AMOUNT" || !isAmountUnit(target.measureUnit) || !isAmountUnit(unit)) {
    throw new AppError(
      "BAD_USER_INPUT",
      msg("progress.unitMismatch", { measureUnit: target.measureUnit ?? msg("progress.noUnit"), unit }),
      {
        fields: { unit: msg("progress.unitNotApplicable") },
      },
    );
  }
  // the figure as typed is held to its own unit's range first (1e20 亿元 is refused in 亿元, not as 1e24 万元)
  const problem = value < 0 ? null : rangeProblem(msg("field.value"), value, enteredAmountRange(unit));
  if (problem) throw new AppError("BAD_USER_INPUT", problem, { fields: { value: problem } });
  return { value: Number.isFinite(value) ? convertAmount(value, unit, target.measureUnit) : value, enteredValue: value, enteredUnit: unit };
}

export function validateProgress(
  target: ReportTarget,
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
  const fields = issueFields(parsed.error);
  throw new AppError(needsConfirmation(parsed.error) ? "NEEDS_CONFIRMATION" : "BAD_USER_INPUT", msgList(Object.values(fields)), {
    fields,
  });
}

/** A correction or withdrawal must say why. */
export function requireReason(reason: string | null | undefined): string {
  const trimmed = (reason ?? "").trim();
  if (trimmed.length === 0)
    throw new AppError("BAD_USER_INPUT", msg("amend.reasonRequired"), { fields: { reason: msg("reason.required") } });
  if (trimmed.length > 500)
    throw new AppError("BAD_USER_INPUT", msg("reason.tooLong", { max: 500 }), { fields: { reason: msg("reason.tooLong", { max: 500 }) } });
  return trimmed;
}
