import { db } from "../db";
import { linkedTargetSelect, toLinkedTarget, type LinkedTargetView } from "./duty-views";

/** The targets of a unit's plans (newest plan first, in plan order): what the link form offers. */
export async function findLinkableTargets(options: { unitId: string }): Promise<LinkedTargetView[]> {
  const targets = await db.target.findMany({
    where: { plan: { unitId: options.unitId } },
    orderBy: [{ plan: { year: "desc" } }, { sortOrder: "asc" }],
    select: linkedTargetSelect,
  });
  return targets.map(toLinkedTarget);
}
