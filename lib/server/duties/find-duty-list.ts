import { matchesAll, searchTerms } from "../../domain/text-search";
import { db } from "../db";
import { notFound } from "../errors";
import type { SectionView } from "../plan-state/target-view";
import type { UnitView } from "../units/list-units";
import {
  dutyLinkInclude,
  dutyLinkOrder,
  toDutyLink,
  type BoundaryView,
  type DutyListView,
  type DutyView,
  type ProcedureView,
  type PublicServiceView,
  type SectionDutyGroupView,
  type WorkItemView,
} from "./duty-views";

const sectionSelect = { id: true, name: true, phone: true, unitId: true } as const;

/**
 * A unit's 责任清单 in the source's order, 按职责 (duty → work items → 责任科室 → 联系方式) and 按科室 (each
 * section with its phone and the work items it is responsible for), with the boundaries, supervision
 * procedures and public services, and (for readers of the unit's plans) the targets linked to each duty and work item.
 *
 * `search` keeps what contains every term: a work item matches on its own row (its text, its section's name,
 * its phone); a duty stays when its own text or any of its items matches, with only the matching items (so
 * every row left on the page contains the terms); boundaries, procedures and public services match on any
 * of their cells. A fixed number of statements (7 reads and their includes) whatever the list's size; the
 * filtering runs on the loaded list (a bureau's list is a few hundred rows).
 */
export async function findDutyList(options: {
  unitId: string;
  search?: string | null;
  /** the links to plan targets: only for those who read the unit's plans (the list itself is published) */
  withPlanData: boolean;
}): Promise<DutyListView> {
  const [unit, sections, duties, boundaries, procedures, services, links] = await Promise.all([
    db.unit.findUnique({ where: { id: options.unitId } }),
    db.section.findMany({ where: { unitId: options.unitId }, orderBy: { sortOrder: "asc" }, select: sectionSelect }),
    db.duty.findMany({
      where: { unitId: options.unitId },
      orderBy: { seq: "asc" },
      include: { items: { orderBy: { seq: "asc" } } },
    }),
    db.dutyBoundary.findMany({
      where: { unitId: options.unitId },
      orderBy: { seq: "asc" },
      include: { parties: { orderBy: { seq: "asc" } } },
    }),
    db.supervisionProcedure.findMany({ where: { unitId: options.unitId }, orderBy: { seq: "asc" } }),
    db.publicService.findMany({ where: { unitId: options.unitId }, orderBy: { seq: "asc" } }),
    options.withPlanData
      ? db.targetDutyLink.findMany({ where: { duty: { unitId: options.unitId } }, include: dutyLinkInclude, orderBy: dutyLinkOrder })
      : [],
  ]);
  if (!unit) throw notFound("noun.unit");

  const search = options.search?.trim() || null;
  const terms = searchTerms(search);
  const sectionById = new Map<string, SectionView>(sections.map((s) => [s.id, s]));
  const linkViews = links.map(toDutyLink);
  const linksOfItem = group(
    linkViews.filter((l) => l.workItem),
    (l) => l.workItem!.id,
  );
  const linksOfDuty = group(
    linkViews.filter((l) => !l.workItem),
    (l) => l.duty.id,
  );

  const allItems: WorkItemView[] = [];
  const dutyViews: DutyView[] = [];
  for (const d of duties) {
    const ref = { id: d.id, seq: d.seq, text: d.text };
    const items = d.items.map((i) => {
      const section = i.sectionId ? (sectionById.get(i.sectionId) ?? null) : null;
      const view: WorkItemView = {
        id: i.id,
        seq: i.seq,
        text: i.text,
        duty: ref,
        section,
        phone: i.phone,
        links: linksOfItem.get(i.id) ?? [],
      };
      return view;
    });
    allItems.push(...items);
    const shownItems = items.filter((i) => itemMatches(i, terms));
    if (terms.length && shownItems.length === 0 && !matchesAll([d.text], terms)) continue;
    dutyViews.push({ ...ref, items: shownItems, itemCount: items.length, links: linksOfDuty.get(d.id) ?? [] });
  }

  const serviceViews: PublicServiceView[] = services.map((s) => ({
    id: s.id,
    seq: s.seq,
    name: s.name,
    content: s.content,
    section: s.sectionId ? (sectionById.get(s.sectionId) ?? null) : null,
    phone: s.phone,
  }));
  const shownServices = serviceViews.filter((s) => matchesAll([s.name, s.content, s.section?.name, s.phone], terms));

  const groups = sections
    .map((section) => {
      const items = allItems.filter((i) => i.section?.id === section.id);
      return {
        section,
        itemCount: items.length,
        items: items.filter((i) => itemMatches(i, terms)),
        publicServices: shownServices.filter((s) => s.section?.id === section.id),
        serviceCount: serviceViews.filter((s) => s.section?.id === section.id).length,
      };
    })
    // a section with nothing on the list (益阳's sections have no work items) is left out
    .filter((g) => g.itemCount > 0 || g.serviceCount > 0);
  // … and so is one the search empties
  const bySection: SectionDutyGroupView[] = groups
    .filter((g) => g.items.length > 0 || g.publicServices.length > 0)
    .map(({ serviceCount: _, ...g }) => g);

  const boundaryViews: BoundaryView[] = boundaries.map((b) => ({
    id: b.id,
    seq: b.seq,
    matter: b.matter,
    legalBasis: b.legalBasis,
    caseText: b.caseText,
    parties: b.parties.map((p) => ({ id: p.id, seq: p.seq, department: p.department, division: p.division })),
  }));
  const shownBoundaries = boundaryViews.filter((b) =>
    matchesAll([b.matter, b.legalBasis, b.caseText, ...b.parties.flatMap((p) => [p.department, p.division])], terms),
  );
  const procedureViews: ProcedureView[] = procedures.map((p) => ({ id: p.id, part: p.part, seq: p.seq, heading: p.heading, body: p.body }));
  const shownProcedures = procedureViews.filter((p) => matchesAll([p.part, p.heading, p.body], terms));

  const unitView: UnitView = { id: unit.id, name: unit.name, level: unit.level as UnitView["level"], region: unit.region };
  return {
    unit: unitView,
    search,
    terms,
    duties: dutyViews,
    bySection,
    boundaries: shownBoundaries,
    procedures: shownProcedures,
    publicServices: shownServices,
    totals: {
      duties: duties.length,
      sections: groups.length,
      workItems: allItems.length,
      boundaries: boundaryViews.length,
      procedures: procedureViews.length,
      publicServices: serviceViews.length,
    },
    shown: {
      duties: dutyViews.length,
      sections: bySection.length,
      workItems: dutyViews.reduce((n, d) => n + d.items.length, 0),
      boundaries: shownBoundaries.length,
      procedures: shownProcedures.length,
      publicServices: shownServices.length,
    },
  };
}

function itemMatches(item: WorkItemView, terms: string[]): boolean {
  return matchesAll([item.text, item.section?.name, item.phone], terms);
}

function group<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}
