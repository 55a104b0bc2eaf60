import type { SectionView } from "../plan-state/target-view";
import type { UnitView } from "../units/list-units";

/** What the 责任清单's services return; GraphQL maps these types (codegen.ts mappers). */

/** A plan target as a duty link shows it. */
export interface LinkedTargetView {
  id: string;
  code: string;
  title: string;
  planId: string;
  planYear: number;
  unitId: string;
}

export interface DutyRefView {
  id: string;
  seq: number;
  text: string;
}

export interface WorkItemRefView {
  id: string;
  seq: number;
  text: string;
}

/** A target serving a duty, or one work item of it. */
export interface DutyLinkView {
  id: string;
  target: LinkedTargetView;
  duty: DutyRefView;
  workItem: WorkItemRefView | null;
}

export interface WorkItemView {
  id: string;
  seq: number;
  text: string;
  duty: DutyRefView;
  /** 责任科室 */
  section: SectionView | null;
  /** 联系方式 */
  phone: string | null;
  /** targets linked to this work item */
  links: DutyLinkView[];
}

export interface DutyView {
  id: string;
  seq: number;
  text: string;
  /** the work items shown (all of them, or those matching the search) */
  items: WorkItemView[];
  /** how many work items the duty has in all */
  itemCount: number;
  /** targets linked to the duty as a whole (no work item) */
  links: DutyLinkView[];
}

export interface PublicServiceView {
  id: string;
  seq: number;
  name: string;
  content: string;
  /** 承办机构 */
  section: SectionView | null;
  phone: string | null;
}

/** 按科室: a section with its phone and the work items (and public services) it is responsible for. */
export interface SectionDutyGroupView {
  section: SectionView;
  items: WorkItemView[];
  itemCount: number;
  publicServices: PublicServiceView[];
}

export interface BoundaryPartyView {
  id: string;
  seq: number;
  department: string;
  division: string;
}

export interface BoundaryView {
  id: string;
  seq: number;
  matter: string;
  parties: BoundaryPartyView[];
  legalBasis: string | null;
  caseText: string | null;
}

export interface ProcedureView {
  id: string;
  part: string;
  seq: number;
  heading: string;
  body: string;
}

export interface DutyListCountsView {
  duties: number;
  /** sections with work items or public services on the list */
  sections: number;
  workItems: number;
  boundaries: number;
  procedures: number;
  publicServices: number;
}

export interface DutyListView {
  unit: UnitView;
  /** the search as given (trimmed), null when none */
  search: string | null;
  /** the terms the search was split into; the page highlights these */
  terms: string[];
  duties: DutyView[];
  bySection: SectionDutyGroupView[];
  boundaries: BoundaryView[];
  procedures: ProcedureView[];
  publicServices: PublicServiceView[];
  /** the whole list */
  totals: DutyListCountsView;
  /** what the search left (equal to totals without a search) */
  shown: DutyListCountsView;
}

export const linkedTargetSelect = {
  id: true,
  code: true,
  title: true,
  planId: true,
  plan: { select: { year: true, unitId: true } },
} as const;

export function toLinkedTarget(t: {
  id: string;
  code: string;
  title: string;
  planId: string;
  plan: { year: number; unitId: string };
}): LinkedTargetView {
  return { id: t.id, code: t.code, title: t.title, planId: t.planId, planYear: t.plan.year, unitId: t.plan.unitId };
}

export const dutyLinkInclude = {
  target: { select: linkedTargetSelect },
  duty: { select: { id: true, seq: true, text: true } },
  workItem: { select: { id: true, seq: true, text: true } },
} as const;

export function toDutyLink(l: {
  id: string;
  target: Parameters<typeof toLinkedTarget>[0];
  duty: DutyRefView;
  workItem: WorkItemRefView | null;
}): DutyLinkView {
  return { id: l.id, target: toLinkedTarget(l.target), duty: l.duty, workItem: l.workItem };
}

/** Links in a stable order: plan year (newest first), then the target's place in its plan. */
export const dutyLinkOrder = [{ target: { plan: { year: "desc" as const } } }, { target: { sortOrder: "asc" as const } }];
