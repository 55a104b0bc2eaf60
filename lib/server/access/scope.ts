import type { Prisma } from "../../../generated/prisma/client";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";

/**
 * Whose data a user reads — the one rule, in two forms (a predicate over a resolved resource and a Prisma
 * `where` for lists). Everyone reads their own unit; a leader also reads the units below theirs (a city
 * leader the county bureaus under the city, 县市区 roll up into the city; a 省厅领导 the city bureaus and,
 * through them, their counties); the province's 考核组 reads the city bureaus it scores (supervises). Nobody
 * reads a sibling's or a parent's plans, figures, reviews, scores or evidence, and nobody writes another unit's
 * data (lib/server/access/permissions.ts) — except the 省厅评分 and the 市州人民政府绩效考核结果 the province's
 * 考核组 enters on its cities (access "supervise").
 */
export interface UnitRef {
  unitId: string;
  /** the unit's parent (a county's city, a city's province); null for a top unit */
  parentUnitId: string | null;
  /** the parent's level (PROVINCE for a city under the 省厅); absent where no rule needs it */
  parentLevel?: string | null;
  /** the parent's parent (a county's province); absent or null otherwise */
  grandparentUnitId?: string | null;
}

/** The province's 考核组 over a city bureau: the unit sits directly under the user's unit, a province. */
export function supervises(user: SessionUser, unit: UnitRef): boolean {
  return user.role === "ASSESSOR" && unit.parentLevel === "PROVINCE" && unit.parentUnitId === user.unitId;
}

export function canReadUnit(user: SessionUser, unit: UnitRef): boolean {
  if (unit.unitId === user.unitId) return true;
  if (user.role === "LEADER") return unit.parentUnitId === user.unitId || (unit.grandparentUnitId ?? null) === user.unitId;
  return supervises(user, unit);
}

export function readableUnitWhere(user: SessionUser): Prisma.UnitWhereInput {
  if (user.role === "LEADER") return { OR: [{ id: user.unitId }, { parentId: user.unitId }, { parent: { parentId: user.unitId } }] };
  if (user.role === "ASSESSOR") return { OR: [{ id: user.unitId }, { parentId: user.unitId, parent: { level: "PROVINCE" } }] };
  return { id: user.unitId };
}

export const readablePlanWhere = (user: SessionUser): Prisma.PlanWhereInput => ({ unit: readableUnitWhere(user) });

/** The ids of the units the user reads (own unit first), for callers that need a list. */
export async function readableUnitIds(user: SessionUser): Promise<string[]> {
  const units = await db.unit.findMany({ where: readableUnitWhere(user), select: { id: true } });
  return [user.unitId, ...units.map((u) => u.id).filter((id) => id !== user.unitId)];
}
