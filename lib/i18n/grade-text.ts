import type { ExternalResult, Grade } from "../domain/grade";
import { fill, formatNumber, formatPercent } from "./format";
import type { Locale, Messages } from "./messages";

/** The parts of a year-end grade the texts below need (the service's SheetGradeView and the GraphQL fragment). */
export interface GradeLike {
  grade: Grade;
  byScore: Grade;
  share?: number | null;
  capped: boolean;
  eligibleForHonours: boolean;
  basis: "PROVINCE" | "UNIT";
  total: number;
  maximum: number;
  external?: { result: ExternalResult; documentRef: string } | null;
}

/** Why the grade is what it is: a 不合格 external result caps it, or bars honours below 优秀; null otherwise. */
export function gradeNote(g: GradeLike, t: Messages): string | null {
  const doc = g.external?.documentRef ?? "";
  if (g.capped) return fill(t.grade.capped, { byScore: t.grade.label[g.byScore], doc });
  if (!g.eligibleForHonours) return fill(t.grade.notEligible, { doc });
  return null;
}

/** "按省厅评分 550.05 / 680 分（80.9%）" */
export function gradeBasis(g: GradeLike, t: Messages, locale: Locale): string {
  return fill(g.basis === "PROVINCE" ? t.grade.basisProvince : t.grade.basisUnit, {
    total: formatNumber(g.total, locale, 2),
    max: formatNumber(g.maximum, locale, 2),
    share: formatPercent(g.share ?? null, locale),
  });
}

/** "市州人民政府绩效考核结果：不合格（益政发〔2014〕1号）", or that none is recorded. */
export function gradeExternal(g: GradeLike, t: Messages): string {
  return g.external
    ? fill(t.grade.external, { result: t.grade.result[g.external.result], doc: g.external.documentRef })
    : t.grade.externalNone;
}

/** The grade in one line for exports: 良好 — basis, external result, and the cap where there is one. */
export function gradeLine(g: GradeLike, t: Messages, locale: Locale): string {
  return [t.grade.label[g.grade], gradeBasis(g, t, locale), gradeExternal(g, t), gradeNote(g, t)].filter(Boolean).join(" · ");
}
