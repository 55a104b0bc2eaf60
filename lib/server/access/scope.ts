import type { Prisma } from "../../../generated/prisma/client";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";

/**
 * Whose data a user reads — the one rule, in two forms (a predicate over a resolved resource and a Prisma
 * `where` for lists). Everyone reads their own unit; a leader of a city bureau also reads the county bureaus
 * under it (县市区 roll up into the city). Nobody reads a sibling's or a parent's plans, figures, reviews,
 * scores or evidence, and nobody writes another unit's data (lib/server/access/permissions.ts).
 */
export interface UnitRef {
  unitId: string;
  /** the unit's parent (a county's city); null for a top unit */
  parentUnitId: string | null;
}

export function canReadUnit(user: SessionUser, unit: UnitRef): boolean {
  if (unit.unitId === user.unitId) return true;
  return user.role === "LEADER" && unit.parentUnitId === user.unitId;
}

export function readableUnitWhere(user: SessionUser): Prisma.UnitWhereInput {
  if (user.role === "LEADER") return { OR: [{ id: user.unitId }, { parentId: user.unitId }] };
  return { id: user.unitId };
}

export const readablePlanWhere = (user: SessionUser): Prisma.PlanWhereInput => ({ unit: readableUnitWhere(user) });

/** The ids of the units the user reads (own unit first), for callers that need a list. */
export async function readableUnitIds(user: SessionUser): Promise<string[]> {
  const units = await db.unit.findMany({ where: readableUnitWhere(user), select: { id: true } });
  return [user.unitId, ...units.map((u) => u.id).filter((id) => id !== user.unitId)];
}
