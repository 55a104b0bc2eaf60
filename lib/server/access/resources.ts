import { db } from "../db";
import type { UnitRef } from "./scope";
import type { ErrorKey } from "../../i18n/errors";

/**
 * The resource registry: for each kind of record an operation can name by id, how to find the unit it
 * belongs to (and the sections that own it), walking up to the unit — review → plan → unit; entry → target →
 * plan → unit; evidence → entry or item → target → plan → unit. Operations declare the resources they touch
 * (graphql/operations, app/api); the runner resolves them here and checks them with lib/server/access/scope.ts.
 */
export type ResourceKind =
  | "unit"
  | "section"
  | "user"
  | "plan"
  | "area"
  | "target"
  | "entry"
  | "item"
  | "evidence"
  | "review"
  | "rectification"
  | "duty"
  | "workItem"
  | "dutyLink";

export interface Resource extends UnitRef {
  kind: ResourceKind;
  id: string;
  /** owning sections: a target's owners (an entry's, item's or evidence's target); a section itself; a user's section */
  sectionIds: string[];
}

const unitOf = { select: { id: true, parentId: true } } as const;
const planUnit = { select: { unit: unitOf } } as const;
const targetOwners = { select: { plan: planUnit, owners: { select: { sectionId: true } } } } as const;

type UnitRow = { id: string; parentId: string | null };
type PlanUnitRow = { unit: UnitRow };
type TargetRow = { plan: PlanUnitRow; owners: { sectionId: string }[] };

const fromUnit = (u: UnitRow, sectionIds: string[] = []) => ({
  unitId: u.id,
  parentUnitId: u.parentId,
  sectionIds,
});
const fromTarget = (t: TargetRow) =>
  fromUnit(
    t.plan.unit,
    t.owners.map((o) => o.sectionId),
  );

type Loader = (id: string) => Promise<Omit<Resource, "kind" | "id"> | null>;

const LOADERS: Record<ResourceKind, Loader> = {
  unit: async (id) => {
    const u = await db.unit.findUnique({ where: { id }, ...unitOf });
    return u && fromUnit(u);
  },
  section: async (id) => {
    const s = await db.section.findUnique({ where: { id }, select: { unit: unitOf } });
    return s && fromUnit(s.unit, [id]);
  },
  user: async (id) => {
    const u = await db.user.findUnique({ where: { id }, select: { sectionId: true, unit: unitOf } });
    return u && fromUnit(u.unit, u.sectionId ? [u.sectionId] : []);
  },
  plan: async (id) => {
    const p = await db.plan.findUnique({ where: { id }, ...planUnit });
    return p && fromUnit(p.unit);
  },
  area: async (id) => {
    const a = await db.area.findUnique({ where: { id }, select: { plan: planUnit } });
    return a && fromUnit(a.plan.unit);
  },
  target: async (id) => {
    const t = await db.target.findUnique({ where: { id }, ...targetOwners });
    return t && fromTarget(t);
  },
  entry: async (id) => {
    const e = await db.progressEntry.findUnique({ where: { id }, select: { target: targetOwners } });
    return e && fromTarget(e.target);
  },
  item: async (id) => {
    const i = await db.countItem.findUnique({ where: { id }, select: { target: targetOwners } });
    return i && fromTarget(i.target);
  },
  evidence: async (id) => {
    const e = await db.evidence.findUnique({
      where: { id },
      select: {
        entry: { select: { target: targetOwners } },
        item: { select: { target: targetOwners } },
        rectification: { select: { target: targetOwners } },
      },
    });
    const target = e?.entry?.target ?? e?.item?.target ?? e?.rectification?.target;
    return target ? fromTarget(target) : null;
  },
  review: async (id) => {
    const r = await db.review.findUnique({ where: { id }, select: { plan: planUnit } });
    return r && fromUnit(r.plan.unit);
  },
  rectification: async (id) => {
    const r = await db.rectification.findUnique({ where: { id }, select: { target: targetOwners } });
    return r && fromTarget(r.target);
  },
  duty: async (id) => {
    const d = await db.duty.findUnique({ where: { id }, select: { unit: unitOf } });
    return d && fromUnit(d.unit);
  },
  workItem: async (id) => {
    const w = await db.workItem.findUnique({ where: { id }, select: { sectionId: true, duty: { select: { unit: unitOf } } } });
    return w && fromUnit(w.duty.unit, w.sectionId ? [w.sectionId] : []);
  },
  dutyLink: async (id) => {
    const l = await db.targetDutyLink.findUnique({ where: { id }, select: { target: targetOwners } });
    return l && fromTarget(l.target);
  },
};

export const RESOURCE_KINDS = Object.keys(LOADERS) as ResourceKind[];

/**
 * The parent's level and the grandparent, which only the rules across units need (a 省厅领导 reading a county, the
 * province's 考核组 on a city): loaded for a resource of another unit than the caller's, so a call on one's own unit
 * costs no extra statement.
 */
export async function withParent<R extends Resource>(resource: R): Promise<R> {
  if (!resource.parentUnitId) return { ...resource, parentLevel: null, grandparentUnitId: null };
  const parent = await db.unit.findUnique({ where: { id: resource.parentUnitId }, select: { level: true, parentId: true } });
  return { ...resource, parentLevel: parent?.level ?? null, grandparentUnitId: parent?.parentId ?? null };
}

/** The resource's unit and owning sections, or null when no record has that id. */
export async function loadResource(kind: ResourceKind, id: string): Promise<Resource | null> {
  const found = await LOADERS[kind](id);
  return found && { kind, id, ...found };
}

/** What a refusal calls the resource: a noun of the error catalogue (lib/i18n/errors.ts). */
export const RESOURCE_NAME: Record<ResourceKind, ErrorKey> = {
  unit: "noun.unit",
  section: "noun.section",
  user: "noun.user",
  plan: "noun.plan",
  area: "noun.area",
  target: "noun.target",
  entry: "noun.entry",
  item: "noun.item",
  evidence: "noun.evidence",
  review: "noun.review",
  rectification: "noun.rectification",
  duty: "noun.duty",
  workItem: "noun.workItem",
  dutyLink: "noun.dutyLink",
};
