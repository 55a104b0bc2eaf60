import { readableUnitWhere } from "../access/scope";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { listPlans } from "../plans/list-plans";
import type { PlanInfoView } from "../plan-state/plan-info";

export interface UnitNodeView {
  id: string;
  name: string;
  level: "PROVINCE" | "CITY" | "COUNTY";
  region: string | null;
  parentId: string | null;
  children: UnitNodeView[];
  plans: PlanInfoView[];
}

/**
 * The bureaus the user may read, as a tree (city → its counties), each with its plans newest first. A
 * section head sees their own bureau; a city leader sees the city and the counties under it.
 */
export async function findUnitTree(options: { user: SessionUser }): Promise<UnitNodeView[]> {
  const [units, plans] = await Promise.all([
    db.unit.findMany({ where: readableUnitWhere(options.user), orderBy: [{ level: "asc" }, { name: "asc" }] }),
    listPlans({ user: options.user }),
  ]);
  const nodes = new Map<string, UnitNodeView>(
    units.map((u) => [
      u.id,
      {
        id: u.id,
        name: u.name,
        level: u.level as UnitNodeView["level"],
        region: u.region,
        parentId: u.parentId,
        children: [],
        plans: plans.filter((p) => p.unitId === u.id),
      },
    ]),
  );
  const roots: UnitNodeView[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
