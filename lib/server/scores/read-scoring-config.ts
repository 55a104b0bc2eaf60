// The score sheet's own reads besides the plan state (#12): the plan's scoring settings and grade bands, its
// unit with the parent's level, the unit's 市州人民政府绩效考核结果 of the plan year, each target's scoring rule
// with the assessors' entry, and whether the year-end review is closed. Four SELECTs straight through the driver
// (lib/server/sql/read-rows.ts), sent together with the plan state, where Prisma's nested read took seven.
import { instantText } from "../sql/dialect";
import { readRows } from "../sql/read-rows";

export interface TargetScoreEntry {
  declaredScore: number | null;
  finalScore: number | null;
  reason: string | null;
  version: number;
  updatedById: string;
  updatedAt: Date;
  selfScore: number | null;
  selfJustification: string | null;
  selfById: string | null;
  selfAt: Date | null;
  selfVersion: number;
  provinceScore: number | null;
  provinceReason: string | null;
  provinceById: string | null;
  provinceAt: Date | null;
  provinceVersion: number;
}

export interface TargetScoring {
  id: string;
  scoringRule: string | null;
  scoreFloor: number | null;
  pointsOverride: number | null;
  score: TargetScoreEntry | null;
}

export interface ScoringConfig {
  scoreFloor: number;
  gradeExcellentAt: number;
  gradeGoodAt: number;
  gradePassAt: number;
  unit: {
    id: string;
    parentId: string | null;
    parent: { level: string } | null;
    externalResults: { year: number; result: string; documentRef: string; version: number }[];
  };
  targets: TargetScoring[];
  /** the plan's closed year-end reviews (self-assessment closes with the first) */
  reviews: { id: string }[];
}

const SCORE_COLUMNS = [
  "declaredScore",
  "finalScore",
  "reason",
  "version",
  "updatedById",
  "updatedAt",
  "selfScore",
  "selfJustification",
  "selfById",
  "selfAt",
  "selfVersion",
  "provinceScore",
  "provinceReason",
  "provinceById",
  "provinceAt",
  "provinceVersion",
];

const SQL = {
  plan: `SELECT p."scoreFloor", p."gradeExcellentAt", p."gradeGoodAt", p."gradePassAt", p.year, u.id AS "unitId", u."parentId",
  pu.level AS "parentLevel"
FROM "Plan" p JOIN "Unit" u ON u.id = p."unitId" LEFT JOIN "Unit" pu ON pu.id = u."parentId" WHERE p.id = $1`,
  targets: `SELECT t.id, t."scoringRule", t."scoreFloor", t."pointsOverride", s.id AS "scoreId", ${SCORE_COLUMNS.map((c) => `s."${c}"`).join(", ")}
FROM "Target" t LEFT JOIN "TargetScore" s ON s."targetId" = t.id WHERE t."planId" = $1`,
  external: `SELECT e.year, e.result, e."documentRef", e.version
FROM "Plan" p JOIN "ExternalAssessment" e ON e."unitId" = p."unitId" AND e.year = p.year WHERE p.id = $1`,
  reviews: `SELECT r.id FROM "Review" r WHERE r."planId" = $1 AND r.kind = 'YEAR' AND r.status = 'CLOSED'`,
};

type Row = Record<string, unknown>;
const instant = (v: unknown) => (v === null || v === undefined ? null : new Date(instantText(v as string | number)));

function scoreEntry(r: Row): TargetScoreEntry | null {
  if (r.scoreId === null || r.scoreId === undefined) return null;
  const entry = Object.fromEntries(SCORE_COLUMNS.map((c) => [c, r[c]])) as unknown as TargetScoreEntry;
  entry.updatedAt = instant(r.updatedAt)!;
  entry.selfAt = instant(r.selfAt);
  entry.provinceAt = instant(r.provinceAt);
  return entry;
}

/** Null when there is no such plan. */
export async function readScoringConfig(planId: string): Promise<ScoringConfig | null> {
  const [[plan], targets, external, reviews] = await Promise.all([
    readRows<Row>(SQL.plan, [planId]),
    readRows<Row>(SQL.targets, [planId]),
    readRows<ScoringConfig["unit"]["externalResults"][number]>(SQL.external, [planId]),
    readRows<{ id: string }>(SQL.reviews, [planId]),
  ]);
  if (!plan) return null;
  return {
    scoreFloor: plan.scoreFloor as number,
    gradeExcellentAt: plan.gradeExcellentAt as number,
    gradeGoodAt: plan.gradeGoodAt as number,
    gradePassAt: plan.gradePassAt as number,
    unit: {
      id: plan.unitId as string,
      parentId: plan.parentId as string | null,
      parent: plan.parentLevel ? { level: plan.parentLevel as string } : null,
      externalResults: external,
    },
    targets: targets.map((t) => ({
      id: t.id as string,
      scoringRule: t.scoringRule as string | null,
      scoreFloor: t.scoreFloor as number | null,
      pointsOverride: t.pointsOverride as number | null,
      score: scoreEntry(t),
    })),
    reviews,
  };
}
