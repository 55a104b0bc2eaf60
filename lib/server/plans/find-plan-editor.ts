import type { TargetKind } from "../../domain";
import { checkAreaPoints } from "../../domain/plan-validation";
import { splitAreaPoints } from "../../domain/points";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { toPlanInfo, type PlanInfoView } from "../plan-state/plan-info";
import type { SectionView } from "../plan-state/target-view";

export interface EditableTargetView {
  id: string;
  areaId: string;
  code: string;
  title: string;
  wording: string;
  kind: TargetKind;
  measureUnit: string | null;
  targetValue: number | null;
  baselineValue: number | null;
  baselineSource: string | null;
  startMonth: number | null;
  endMonth: number | null;
  windowText: string | null;
  remarks: string | null;
  /** the target's own points; null = an equal share of what the area's other targets leave */
  pointsOverride: number | null;
  /** the points it carries now */
  points: number;
  /** empty = 未指定 */
  owners: SectionView[];
  version: number;
  /** reports recorded against it (a target with reports cannot be removed) */
  progressCount: number;
  lineageKey: string | null;
  rollupKey: string | null;
}

export interface EditableAreaView {
  id: string;
  code: string;
  name: string;
  category: "WORK" | "FUNDING";
  points: number;
  /** what its targets' points add up to */
  pointsSum: number;
  pointsValid: boolean;
  targets: EditableTargetView[];
}

export interface PlanRefView {
  id: string;
  year: number;
  title: string;
}

export interface PlanEditorView {
  plan: PlanInfoView;
  copiedFrom: PlanRefView | null;
  /** every plan of the same unit, newest first (for copying and the year-over-year view) */
  unitPlans: PlanRefView[];
  sections: SectionView[];
  areas: EditableAreaView[];
}

const sectionSelect = { id: true, name: true, phone: true, unitId: true } as const;

/** A plan as its editor (and its export) sees it: areas with their targets in plan order, owners and points. */
export async function findPlanEditor(options: { user: SessionUser; planId: string }): Promise<PlanEditorView> {
  const plan = await db.plan.findUniqueOrThrow({
    where: { id: options.planId },
    include: { unit: { select: { name: true } }, areas: { orderBy: { sortOrder: "asc" } } },
  });
  const [targets, owners, sections, counts, unitPlans, copiedFrom] = await Promise.all([
    db.target.findMany({ where: { planId: plan.id }, orderBy: { sortOrder: "asc" } }),
    db.targetOwner.findMany({ where: { target: { planId: plan.id } } }),
    db.section.findMany({ where: { unitId: plan.unitId }, orderBy: { sortOrder: "asc" }, select: sectionSelect }),
    db.progressEntry.groupBy({ by: ["targetId"], where: { target: { planId: plan.id } }, _count: { _all: true } }),
    db.plan.findMany({ where: { unitId: plan.unitId }, orderBy: { year: "desc" }, select: { id: true, year: true, title: true } }),
    plan.copiedFromId ? db.plan.findUnique({ where: { id: plan.copiedFromId }, select: { id: true, year: true, title: true } }) : null,
  ]);
  const order = new Map(sections.map((s, i) => [s.id, i]));
  const ownersOf = new Map<string, SectionView[]>();
  for (const o of owners.sort((a, b) => (order.get(a.sectionId) ?? 0) - (order.get(b.sectionId) ?? 0))) {
    const section = sections[order.get(o.sectionId)!];
    if (section) ownersOf.set(o.targetId, [...(ownersOf.get(o.targetId) ?? []), section]);
  }
  const progressCount = new Map(counts.map((c) => [c.targetId, c._count._all]));

  return {
    plan: toPlanInfo(plan),
    copiedFrom,
    unitPlans,
    sections,
    areas: plan.areas.map((area) => {
      const inArea = targets.filter((t) => t.areaId === area.id);
      const split = splitAreaPoints(area.points, inArea);
      const check = checkAreaPoints(area.points, inArea);
      return {
        id: area.id,
        code: area.code,
        name: area.name,
        category: area.category as EditableAreaView["category"],
        points: area.points,
        pointsSum: check.sum,
        pointsValid: check.ok,
        targets: inArea.map((t) => ({
          id: t.id,
          areaId: t.areaId,
          code: t.code,
          title: t.title,
          wording: t.wording,
          kind: t.kind as TargetKind,
          measureUnit: t.measureUnit,
          targetValue: t.targetValue,
          baselineValue: t.baselineValue,
          baselineSource: t.baselineSource,
          startMonth: t.startMonth,
          endMonth: t.endMonth,
          windowText: t.windowText,
          remarks: t.remarks,
          pointsOverride: t.pointsOverride,
          points: split.get(t.id) ?? 0,
          owners: ownersOf.get(t.id) ?? [],
          version: t.version,
          progressCount: progressCount.get(t.id) ?? 0,
          lineageKey: t.lineageKey,
          rollupKey: t.rollupKey,
        })),
      };
    }),
  };
}
