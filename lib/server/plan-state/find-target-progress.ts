import { defaultAsOf, type IsoDate } from "../../domain";
import { db } from "../db";
import { todayIso } from "../db-dates";
import { notFound } from "../errors";
import { loadPlanState } from "./load-plan-state";
import { evaluateTarget, type TargetProgressView } from "./target-view";

/**
 * One target evaluated at `asOf` (default: the plan year's as-of day for today), from the same plan state the
 * dashboard uses: what a write hands back so the form shows the new status at once.
 */
export async function findTargetProgress(targetId: string, asOf?: IsoDate | null): Promise<TargetProgressView> {
  const row = await db.target.findUnique({ where: { id: targetId }, select: { planId: true } });
  if (!row) throw notFound("noun.target");
  const state = await loadPlanState(row.planId, { targetId });
  const target = state.targets[0];
  const at = asOf ?? defaultAsOf(state.plan.year, todayIso());
  return evaluateTarget(target, state.pointsByTarget.get(target.id) ?? [], at, state.plan.behindMargin);
}
