import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { declaredScoreSchema } from "../../validation/score";
import type { ScoreRowView } from "./find-score-sheet";
import { assertCurrent, inVersionedTransaction } from "../concurrency/versioned-write";
import { badInput, findScorableTarget, writeScoreEntry, yearEndScoreRow } from "./score-write";
import { msg } from "../../i18n/message-text";

export interface SetDeclaredScoreOptions {
  user: SessionUser;
  targetId: string;
  /** null withdraws the declaration: the target is pending again */
  declaredScore: number | null;
  /** the score entry's version the form was loaded with (0 = none yet) */
  expectedVersion: number;
}

/**
 * The assessors enter the score a declaration target (创新创优, "年末申报") earned from the year-end
 * declaration: 0 to the target's points, only on targets scored by DECLARATION. Entry, version bump and the
 * audit row (old → new) commit together.
 */
export async function setDeclaredScore(options: SetDeclaredScoreOptions): Promise<ScoreRowView> {
  const { user } = options;
  const target = await findScorableTarget(user, options.targetId);
  const row = await yearEndScoreRow(target.planId, target.plan.year, target.id);
  const claim = { kind: "score", id: target.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, row.version);
  if (row.rule !== "DECLARATION") {
    throw new AppError("BAD_USER_INPUT", msg("declared.notDeclaration"), {
      fields: { declaredScore: msg("declared.notDeclarationShort") },
    });
  }
  const parsed = declaredScoreSchema(row.points).safeParse({ declaredScore: options.declaredScore });
  if (!parsed.success) throw badInput(parsed.error);
  const declared = parsed.data.declaredScore;

  await inVersionedTransaction(async (tx) => {
    const saved = await writeScoreEntry(tx, claim, { declaredScore: declared }, user.id);
    await writeAudit(tx, {
      userId: user.id,
      action: "SET_DECLARED_SCORE",
      entityType: "TargetScore",
      entityId: saved.id,
      targetId: target.id,
      before: { declaredScore: row.declaredScore, version: claim.expected },
      after: { declaredScore: declared, version: saved.version },
    });
  });
  return yearEndScoreRow(target.planId, target.plan.year, target.id);
}
