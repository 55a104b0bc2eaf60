import type { TargetRow } from "./target-view";

/** A target row as the hand-written reads select it (TARGET_COLUMNS), owners apart. */
export type TargetRowOwnerless = Omit<TargetRow, "owners"> & { pointsOverride: number | null; rollupKey: string | null };

/** The columns of TargetRowOwnerless on alias t, for the reads that build target views without Prisma. */
export const TARGET_COLUMNS = [
  "id",
  "planId",
  "areaId",
  "code",
  "title",
  "wording",
  "kind",
  "measureUnit",
  "targetValue",
  "baselineValue",
  "baselineSource",
  "startMonth",
  "endMonth",
  "windowText",
  "remarks",
  "version",
  "applicability",
  "applicabilityReason",
  "inactivePointsRule",
  "greenAt",
  "amberAt",
  "direction",
  "pointsOverride",
  "rollupKey",
]
  .map((c) => `t."${c}"`)
  .join(", ");
