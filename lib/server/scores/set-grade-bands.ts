import { checkGradeBands, type GradeBands } from "../../domain/grade";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { msg } from "../../i18n/message-text";
import { AppError } from "../errors";
import { findScoreSheet, type ScoreSheetView } from "./find-score-sheet";

const PROBLEM = {
  OUT_OF_RANGE: msg("province.bandsOutOfRange"),
  NOT_DESCENDING: msg("province.bandsNotDescending"),
} as const;

/**
 * The plan's 等次 bands (shares of the maximum for 优秀 / 良好 / 合格), set by the unit's 考核组 with its scoring.
 * Refused unless 1 ≥ 优秀 > 良好 > 合格 > 0; one audit row with old → new; the same bands change nothing.
 */
export async function setGradeBands(options: { user: SessionUser; planId: string } & GradeBands): Promise<ScoreSheetView> {
  const { user, planId, excellentAt, goodAt, passAt } = options;
  const next = { excellentAt, goodAt, passAt };
  const problem = checkGradeBands(next);
  if (problem) throw new AppError("BAD_USER_INPUT", PROBLEM[problem], { fields: { excellentAt: PROBLEM[problem] } });
  await db.$transaction(async (tx) => {
    const plan = await tx.plan.findUniqueOrThrow({
      where: { id: planId },
      select: { gradeExcellentAt: true, gradeGoodAt: true, gradePassAt: true },
    });
    const before = { excellentAt: plan.gradeExcellentAt, goodAt: plan.gradeGoodAt, passAt: plan.gradePassAt };
    if (before.excellentAt === excellentAt && before.goodAt === goodAt && before.passAt === passAt) return;
    await tx.plan.update({ where: { id: planId }, data: { gradeExcellentAt: excellentAt, gradeGoodAt: goodAt, gradePassAt: passAt } });
    await writeAudit(tx, { userId: user.id, action: "SET_GRADE_BANDS", entityType: "Plan", entityId: planId, before, after: next });
  });
  return findScoreSheet({ planId });
}
