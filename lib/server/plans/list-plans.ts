import { readablePlanWhere } from "../access/scope";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { toPlanInfo, type PlanInfoView } from "../plan-state/plan-info";

/**
 * Plans newest first, optionally of one unit. With a user, only the plans of units the user may read
 * (lib/server/access/scope.ts); without one (internal callers such as loaders), all plans.
 */
export async function listPlans(options: { unitId?: string | null; user?: SessionUser | null } = {}): Promise<PlanInfoView[]> {
  const plans = await db.plan.findMany({
    where: {
      ...(options.unitId ? { unitId: options.unitId } : {}),
      ...(options.user ? readablePlanWhere(options.user) : {}),
    },
    include: { unit: { select: { name: true } }, areas: { select: { points: true } } },
    orderBy: [{ year: "desc" }, { createdAt: "asc" }],
  });
  return plans.map(toPlanInfo);
}
