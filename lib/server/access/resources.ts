import { db } from "../db";
import { readRows } from "../sql/read-rows";
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

type UnitRow = { id: string; parentId: string | null };

const fromUnit = (u: UnitRow, sectionIds: string[] = []) => ({
  unitId: u.id,
  parentUnitId: u.parentId,
  sectionIds,
});
/**
 * Records that belong to a target (the target itself, a report, an item, a rectification, a duty link, a piece of
 * evidence through any of those): target → plan → unit and the target's owners in one statement — every write
 * names one, and Prisma's nested read was four (#12). `from` joins the record (alias x) to its target (alias t).
 */
const targetResourceSql = (from: string) => `SELECT u.id AS "unitId", u."parentId", o."sectionId"
${from}
JOIN "Plan" p ON p.id = t."planId" JOIN "Unit" u ON u.id = p."unitId"
LEFT JOIN "TargetOwner" o ON o."targetId" = t.id
WHERE x.id = $1`;

const TARGET_OF = {
  target: targetResourceSql(`FROM "Target" x JOIN "Target" t ON t.id = x.id`),
  entry: targetResourceSql(`FROM "ProgressEntry" x JOIN "Target" t ON t.id = x."targetId"`),
  item: targetResourceSql(`FROM "CountItem" x JOIN "Target" t ON t.id = x."targetId"`),
  rectification: targetResourceSql(`FROM "Rectification" x JOIN "Target" t ON t.id = x."targetId"`),
  dutyLink: targetResourceSql(`FROM "TargetDutyLink" x JOIN "Target" t ON t.id = x."targetId"`),
  evidence: targetResourceSql(`FROM "Evidence" x
LEFT JOIN "ProgressEntry" e ON e.id = x."entryId" LEFT JOIN "CountItem" i ON i.id = x."itemId"
LEFT JOIN "Rectification" r ON r.id = x."rectificationId"
JOIN "Target" t ON t.id = COALESCE(e."targetId", i."targetId", r."targetId")`),
};

async function targetResource(kind: keyof typeof TARGET_OF, id: string) {
  const rows = await readRows<{ unitId: string; parentId: string | null; sectionId: string | null }>(TARGET_OF[kind], [id]);
  if (rows.length === 0) return null;
  return fromUnit(
    { id: rows[0].unitId, parentId: rows[0].parentId },
    rows.flatMap((r) => (r.sectionId ? [r.sectionId] : [])),
  );
}

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
  target: (id) => targetResource("target", id),
  entry: (id) => targetResource("entry", id),
  item: (id) => targetResource("item", id),
  evidence: (id) => targetResource("evidence", id),
  review: async (id) => {
    const r = await db.review.findUnique({ where: { id }, select: { plan: planUnit } });
    return r && fromUnit(r.plan.unit);
  },
  rectification: (id) => targetResource("rectification", id),
  duty: async (id) => {
    const d = await db.duty.findUnique({ where: { id }, select: { unit: unitOf } });
    return d && fromUnit(d.unit);
  },
  workItem: async (id) => {
    const w = await db.workItem.findUnique({ where: { id }, select: { sectionId: true, duty: { select: { unit: unitOf } } } });
    return w && fromUnit(w.duty.unit, w.sectionId ? [w.sectionId] : []);
  },
  dutyLink: (id) => targetResource("dutyLink", id),
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
