import { db } from "../db";
import { toPlanInfo, type PlanInfoView } from "./plan-info";

/** Plans newest first, optionally of one unit. */
export async function listPlans(options: { unitId?: string | null } = {}): Promise<PlanInfoView[]> {
  const plans = await db.plan.findMany({
    where: options.unitId ? { unitId: options.unitId } : undefined,
    include: { unit: { select: { name: true } }, areas: { select: { points: true } } },
    orderBy: [{ year: "desc" }, { createdAt: "asc" }],
  });
  return plans.map(toPlanInfo);
}
