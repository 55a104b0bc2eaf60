import { db } from "../db";
import { notFound } from "../errors";
import type { SectionView } from "../plan-state/target-view";
import { dutyLinkInclude, dutyLinkOrder, toDutyLink, type DutyLinkView, type PublicServiceView, type WorkItemView } from "./duty-views";

export interface SectionDutiesView {
  section: SectionView;
  unitName: string;
  /** the work items the section is responsible for, in list order, with their duty */
  items: WorkItemView[];
  /** the public services the section handles */
  publicServices: PublicServiceView[];
  /**
   * The targets linked to the section's share of the list: links to one of its work items, links to a whole
   * duty it has a work item in, and links of the targets it owns (益阳's duties have no work items, so this
   * is how a section there sees the duties its targets serve).
   */
  links: DutyLinkView[];
}

/** The 责任清单 part of a section's page. */
export async function findSectionDuties(options: { sectionId: string; withPlanData: boolean }): Promise<SectionDutiesView> {
  const section = await db.section.findUnique({
    where: { id: options.sectionId },
    select: { id: true, name: true, phone: true, unitId: true, unit: { select: { name: true } } },
  });
  if (!section) throw notFound("noun.section");
  const view: SectionView = { id: section.id, name: section.name, phone: section.phone, unitId: section.unitId };
  const [items, services, links] = await Promise.all([
    db.workItem.findMany({
      where: { sectionId: section.id },
      orderBy: [{ duty: { seq: "asc" } }, { seq: "asc" }],
      include: { duty: { select: { id: true, seq: true, text: true } } },
    }),
    db.publicService.findMany({ where: { sectionId: section.id }, orderBy: { seq: "asc" } }),
    !options.withPlanData
      ? []
      : db.targetDutyLink.findMany({
          where: {
            OR: [
              { workItem: { sectionId: section.id } },
              { workItemId: null, duty: { items: { some: { sectionId: section.id } } } },
              { target: { owners: { some: { sectionId: section.id } } } },
            ],
          },
          include: dutyLinkInclude,
          orderBy: dutyLinkOrder,
        }),
  ]);
  const linkViews = links.map(toDutyLink);
  return {
    section: view,
    unitName: section.unit.name,
    items: items.map((i) => ({
      id: i.id,
      seq: i.seq,
      text: i.text,
      duty: i.duty,
      section: view,
      phone: i.phone,
      links: linkViews.filter((l) => l.workItem?.id === i.id),
    })),
    publicServices: services.map((s) => ({ id: s.id, seq: s.seq, name: s.name, content: s.content, section: view, phone: s.phone })),
    links: linkViews,
  };
}
