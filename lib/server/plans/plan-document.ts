import { buildPlanDocument, type PlanDocument } from "../../domain/plan-document";
import { db } from "../db";
import { messages } from "../../i18n/messages";

export interface PlanDocumentView extends PlanDocument {
  planId: string;
  unitName: string;
}

/**
 * The 绩效计划书 of a plan as its document (lib/domain/plan-document.ts): the unit's 主要职责 (its Duty rows), the
 * areas and targets in plan order, the sections the plan itself names for each target (三.2 明确责任分工 — not the
 * bureau's own assignments of an unowned target), the plan's verbatim 加强考核督查 and 其他情况说明, and the level of
 * the unit above, whose head signs. Three queries whatever the size of the plan.
 */
export async function findPlanDocument(options: { planId: string }): Promise<PlanDocumentView> {
  const plan = await db.plan.findUniqueOrThrow({
    where: { id: options.planId },
    include: {
      unit: { select: { id: true, name: true, parent: { select: { level: true } } } },
      areas: { orderBy: { sortOrder: "asc" } },
      targets: {
        orderBy: { sortOrder: "asc" },
        include: {
          owners: { where: { assignedById: null }, include: { section: { select: { name: true, sortOrder: true } } } },
        },
      },
    },
  });
  const duties = await db.duty.findMany({ where: { unitId: plan.unit.id }, orderBy: { seq: "asc" }, select: { text: true } });
  const document = buildPlanDocument({
    title: plan.title,
    year: plan.year,
    parentLevel: plan.unit.parent?.level ?? null,
    duties: duties.map((d) => d.text),
    assessmentGroup: plan.assessmentGroup,
    otherNotes: plan.otherNotes,
    // the document is Chinese whatever the page's language: its headings are the catalogue's Chinese labels
    categoryNames: messages.zh.category,
    areas: plan.areas.map((a) => ({
      code: a.code,
      name: a.name,
      category: a.category as "WORK" | "FUNDING",
      points: a.points,
      targets: plan.targets
        .filter((t) => t.areaId === a.id)
        .map((t) => ({
          id: t.id,
          code: t.code,
          title: t.title,
          wording: t.wording,
          pointsOverride: t.pointsOverride,
          startMonth: t.startMonth,
          endMonth: t.endMonth,
          windowText: t.windowText,
          owners: [...t.owners].sort((x, y) => x.section.sortOrder - y.section.sortOrder).map((o) => o.section.name),
        })),
    })),
  });
  return { ...document, planId: plan.id, unitName: plan.unit.name };
}
