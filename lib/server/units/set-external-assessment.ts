import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { msg } from "../../i18n/message-text";
import { AppError } from "../errors";

export interface SetExternalAssessmentOptions {
  user: SessionUser;
  unitId: string;
  year: number;
  result: "PASS" | "FAIL";
  documentRef: string;
  /** the record's version the form was loaded with; 0 = none recorded yet */
  expectedVersion: number;
}

export interface ExternalAssessmentView {
  unitId: string;
  year: number;
  result: "PASS" | "FAIL";
  documentRef: string;
  version: number;
  updatedById: string;
  updatedAt: Date;
}

const conflict = (current: { version: number } | null) =>
  new AppError("CONFLICT", msg("province.externalConflict", { version: current?.version ?? 0 }), {
    currentVersion: current?.version ?? 0,
  });

/**
 * 市州人民政府绩效考核结果 of a city bureau for a year, entered by the province's 考核组 (access "supervise" checked
 * the unit is one of its cities) with its document reference. Versioned (0 = first entry; two first entries race
 * on the unit-year key, the loser gets CONFLICT); the audit row keeps old → new. 不合格 caps the unit's year-end
 * grade below 优秀 (lib/domain/grade.ts).
 */
export async function setExternalAssessment(options: SetExternalAssessmentOptions): Promise<ExternalAssessmentView> {
  const { user, unitId, year, expectedVersion } = options;
  const key = { unitId_year: { unitId, year } };
  return db.$transaction(async (tx) => {
    if (!(await tx.plan.count({ where: { unitId, year } }))) {
      throw new AppError("BAD_USER_INPUT", msg("province.noPlanForYear", { year }), {
        fields: { year: msg("province.noPlanForYearShort") },
      });
    }
    const current = await tx.externalAssessment.findUnique({ where: key });
    if ((current?.version ?? 0) !== expectedVersion) throw conflict(current);
    const data = { result: options.result, documentRef: options.documentRef, updatedById: user.id };
    let saved;
    if (current) {
      const bumped = await tx.externalAssessment.updateMany({
        where: { unitId, year, version: expectedVersion },
        data: { ...data, version: { increment: 1 } },
      });
      if (bumped.count === 0) throw conflict(await tx.externalAssessment.findUnique({ where: key }));
      saved = await tx.externalAssessment.findUniqueOrThrow({ where: key });
    } else {
      try {
        saved = await tx.externalAssessment.create({ data: { unitId, year, ...data } });
      } catch (e) {
        if ((e as { code?: string } | null)?.code === "P2002") throw conflict({ version: 1 });
        throw e;
      }
    }
    await writeAudit(tx, {
      userId: user.id,
      action: "SET_EXTERNAL_ASSESSMENT",
      entityType: "ExternalAssessment",
      entityId: saved.id,
      before: current ? { year, result: current.result, documentRef: current.documentRef, version: current.version } : null,
      after: { year, result: saved.result, documentRef: saved.documentRef, version: saved.version },
    });
    return { ...saved, result: saved.result as "PASS" | "FAIL" };
  });
}
