import type { Prisma } from "../../../generated/prisma/client";
import type { IsoDate, ReviewKind } from "../../domain";
import { findPlanDashboard } from "../plans/find-plan-dashboard";
import { findScoreSheet } from "../scores/find-score-sheet";
import { storedOwners, type SnapshotRowData } from "./snapshot-row";

/**
 * Every target of the plan evaluated AS OF THE PERIOD END with the reports that exist now, exactly as the
 * dashboard evaluates it for that date (findPlanDashboard). Year-end reviews also keep the computed score
 * of the year-end scoring rules (the score sheet at 31 December). A fixed number of queries.
 */
export async function computeSnapshot(options: { planId: string; kind: ReviewKind; periodEnd: IsoDate }): Promise<SnapshotRowData[]> {
  const [dashboard, scores] = await Promise.all([
    findPlanDashboard({ planId: options.planId, asOf: options.periodEnd }),
    options.kind === "YEAR" ? findScoreSheet({ planId: options.planId, asOf: options.periodEnd }) : null,
  ]);
  const areaName = new Map(dashboard.areas.map((a) => [a.id, a.name]));
  const scoreOf = new Map(scores?.rows.map((r) => [r.progress.target.id, r.computedScore]) ?? []);
  return dashboard.targets.map((t) => ({
    targetId: t.target.id,
    code: t.target.code,
    title: t.target.title,
    areaName: areaName.get(t.target.areaId) ?? "",
    owners: t.target.owners.map((o) => ({ id: o.id, name: o.name })),
    value: t.value,
    ratio: t.ratio,
    status: t.status,
    expectedRatio: t.expectedRatio,
    forecastValue: t.forecast?.value ?? null,
    forecastRatio: t.forecast?.ratio ?? null,
    points: t.target.points,
    computedScore: scoreOf.get(t.target.id) ?? null,
  }));
}

/**
 * Replaces a review's snapshot rows inside the caller's transaction (two statements whatever the size).
 * Owners are stored as a JSON list of sections; readSnapshotRow reads them back (and reads older rows).
 */
export async function writeSnapshot(tx: Prisma.TransactionClient, reviewId: string, rows: SnapshotRowData[]): Promise<void> {
  await tx.reviewSnapshot.deleteMany({ where: { reviewId } });
  await tx.reviewSnapshot.createMany({ data: rows.map((r) => ({ ...r, owners: storedOwners(r.owners), reviewId })) });
}
