import type { AuditFieldChangeText } from "../../domain/audit-diff";
import { db } from "../db";
import { dbDateToIso } from "../db-dates";

/** What an id in the audit log names: the log shows names, never ids (lib/i18n/audit.ts words them). */
export type AuditRefKind = "USER" | "SECTION" | "TARGET" | "REVIEW" | "REPORT" | "ITEM" | "RECTIFICATION" | "PLAN" | "AREA";

export interface AuditRefView {
  kind: AuditRefKind;
  id: string;
  /** a person's, section's, item's, plan's or area's name; a target's code and title; a notice's text */
  name: string | null;
  /** REVIEW, RECTIFICATION: the review's kind (MONTH …); REPORT: the entry's action (RECORD, CORRECTION, NO_CHANGE, WITHDRAWAL) */
  type: string | null;
  /** REVIEW, RECTIFICATION, PLAN: the year */
  year: number | null;
  /** REVIEW, RECTIFICATION: the period's index */
  index: number | null;
  /** REPORT: the day it is for */
  date: string | null;
  /** REPORT: the figure */
  value: number | null;
  /** REPORT: the target's unit */
  unit: string | null;
}

/** A change whose values are ids, with what they name. */
export interface AuditChangeView extends AuditFieldChangeText {
  beforeRef?: AuditRefView | null;
  afterRef?: AuditRefView | null;
}

/** Fields written as ids (lib/server/**: writeAudit callers) and what kind of record each names. */
export const AUDIT_REFERENCE_FIELDS: Readonly<Record<string, AuditRefKind>> = {
  reviewId: "REVIEW",
  targetId: "TARGET",
  sectionId: "SECTION",
  closedById: "USER",
  reopenedById: "USER",
  issuedById: "USER",
  entryId: "REPORT",
  itemId: "ITEM",
  rectificationId: "RECTIFICATION",
};

/**
 * The record an entry is about when it is neither its target nor an account, by the row's entity: a report or an
 * item (which one was accepted, returned, changed), a review, a plan, an area. A rectification's and a comment's
 * are their review, a month lock's its plan (the month is in the row's changes).
 */
const ABOUT_BY_ENTITY: Readonly<Record<string, AuditRefKind>> = {
  ProgressEntry: "REPORT",
  CountItem: "ITEM",
  Review: "REVIEW",
  Plan: "PLAN",
  Area: "AREA",
};

interface Row {
  entityType: string;
  entityId: string;
  changes: AuditFieldChangeText[];
}

const blank = (kind: AuditRefKind, id: string): AuditRefView => ({
  kind,
  id,
  name: null,
  type: null,
  year: null,
  index: null,
  date: null,
  value: null,
  unit: null,
});

/**
 * Resolves every id a page of audit rows holds — in their changes and as the record they are about — with one
 * query per kind of record present (at most ten, whatever the number of rows). An id whose record is gone (a
 * removed target) keeps its kind and no name.
 */
export async function resolveAuditReferences(rows: readonly Row[]): Promise<{
  changes: AuditChangeView[][];
  about: (AuditRefView | null)[];
}> {
  const wanted = new Map<AuditRefKind, Set<string>>();
  const wantLocks = new Set<string>();
  const want = (kind: AuditRefKind, id: string | null) => {
    if (id) wanted.set(kind, (wanted.get(kind) ?? new Set()).add(id));
  };
  for (const r of rows) {
    for (const c of r.changes) {
      const kind = AUDIT_REFERENCE_FIELDS[c.field];
      if (kind) {
        want(kind, c.before);
        want(kind, c.after);
      }
    }
    const about = ABOUT_BY_ENTITY[r.entityType];
    if (about) want(about, r.entityId);
    if (r.entityType === "Rectification") want("RECTIFICATION", r.entityId);
    if (r.entityType === "MonthLock") wantLocks.add(r.entityId);
  }
  const [found, planOfLock] = await Promise.all([lookUp(wanted), plansOfLocks([...wantLocks])]);
  const ref = (kind: AuditRefKind, id: string | null) => (id ? (found.get(`${kind}:${id}`) ?? blank(kind, id)) : null);

  return {
    changes: rows.map((r) =>
      r.changes.map((c) => {
        const kind = AUDIT_REFERENCE_FIELDS[c.field];
        return { ...c, beforeRef: kind ? ref(kind, c.before) : null, afterRef: kind ? ref(kind, c.after) : null };
      }),
    ),
    about: rows.map((r) => {
      if (r.entityType === "Rectification") return reviewOfRectification(found.get(`RECTIFICATION:${r.entityId}`));
      if (r.entityType === "MonthLock") return planOfLock.get(r.entityId) ?? null;
      if (r.entityType === "ReviewComment") {
        const reviewId = r.changes.find((c) => c.field === "reviewId");
        return ref("REVIEW", reviewId?.after ?? reviewId?.before ?? null);
      }
      const kind = ABOUT_BY_ENTITY[r.entityType];
      return kind ? ref(kind, r.entityId) : null;
    }),
  };
}

/** The plan each month-lock decision is of. */
async function plansOfLocks(ids: string[]): Promise<Map<string, AuditRefView>> {
  if (ids.length === 0) return new Map();
  const locks = await db.monthLock.findMany({
    where: { id: { in: ids } },
    select: { id: true, plan: { select: { id: true, title: true, year: true } } },
  });
  return new Map(locks.map((l) => [l.id, { ...blank("PLAN", l.plan.id), name: l.plan.title, year: l.plan.year }]));
}

/** A rectification's ref carries its review's kind, year and period; the row is about that review. */
function reviewOfRectification(r: (AuditRefView & { reviewId?: string | null }) | undefined): AuditRefView | null {
  if (!r?.reviewId) return null;
  return { ...blank("REVIEW", r.reviewId), type: r.type, year: r.year, index: r.index };
}

async function lookUp(wanted: Map<AuditRefKind, Set<string>>): Promise<Map<string, AuditRefView & { reviewId?: string | null }>> {
  const ids = (kind: AuditRefKind) => [...(wanted.get(kind) ?? [])];
  const found = new Map<string, AuditRefView & { reviewId?: string | null }>();
  const put = (kind: AuditRefKind, id: string, fields: Partial<AuditRefView> & { reviewId?: string | null }) =>
    found.set(`${kind}:${id}`, { ...blank(kind, id), ...fields });
  const query = async <T>(kind: AuditRefKind, load: (ids: string[]) => Promise<T[]>, each: (row: T) => void) => {
    const list = ids(kind);
    if (list.length > 0) for (const row of await load(list)) each(row);
  };
  const where = (list: string[]) => ({ where: { id: { in: list } } });

  await Promise.all([
    query(
      "USER",
      (list) => db.user.findMany({ ...where(list), select: { id: true, displayName: true } }),
      (u) => put("USER", u.id, { name: u.displayName }),
    ),
    query(
      "SECTION",
      (list) => db.section.findMany({ ...where(list), select: { id: true, name: true } }),
      (s) => put("SECTION", s.id, { name: s.name }),
    ),
    query(
      "TARGET",
      (list) => db.target.findMany({ ...where(list), select: { id: true, code: true, title: true } }),
      (t) => put("TARGET", t.id, { name: `${t.code} ${t.title}` }),
    ),
    query(
      "REVIEW",
      (list) => db.review.findMany({ ...where(list), select: { id: true, kind: true, year: true, periodIndex: true } }),
      (r) => put("REVIEW", r.id, { type: r.kind, year: r.year, index: r.periodIndex }),
    ),
    query(
      "RECTIFICATION",
      (list) =>
        db.rectification.findMany({
          ...where(list),
          select: { id: true, notice: true, reviewId: true, review: { select: { kind: true, year: true, periodIndex: true } } },
        }),
      (r) =>
        put("RECTIFICATION", r.id, {
          name: r.notice,
          reviewId: r.reviewId,
          type: r.review?.kind ?? null,
          year: r.review?.year ?? null,
          index: r.review?.periodIndex ?? null,
        }),
    ),
    query(
      "REPORT",
      (list) =>
        db.progressEntry.findMany({
          ...where(list),
          select: { id: true, action: true, value: true, reportedFor: true, target: { select: { measureUnit: true } } },
        }),
      (e) => put("REPORT", e.id, { type: e.action, value: e.value, date: dbDateToIso(e.reportedFor), unit: e.target.measureUnit ?? null }),
    ),
    query(
      "ITEM",
      (list) => db.countItem.findMany({ ...where(list), select: { id: true, name: true } }),
      (i) => put("ITEM", i.id, { name: i.name }),
    ),
    query(
      "PLAN",
      (list) => db.plan.findMany({ ...where(list), select: { id: true, title: true, year: true } }),
      (p) => put("PLAN", p.id, { name: p.title, year: p.year }),
    ),
    query(
      "AREA",
      (list) => db.area.findMany({ ...where(list), select: { id: true, code: true, name: true } }),
      (a) => put("AREA", a.id, { name: `${a.code} ${a.name}` }),
    ),
  ]);
  return found;
}
