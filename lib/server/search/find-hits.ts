import type { Prisma } from "../../../generated/prisma/client";
import { bestSnippet, snippetOf, type SearchableText } from "../../domain/search";
import { readablePlanWhere, readableUnitWhere } from "../access/scope";
import type { SessionUser } from "../auth/session-user";
import { dbDateToIso } from "../db-dates";
import { db } from "../db";
import type { SearchField, SearchHitView, SearchKind } from "./search-hit";
import { collectMatches, termsWhere } from "./text-filter";

/**
 * One finder per kind the search covers. Each reads only records of units the user reads (the scope rule of
 * lib/server/access/scope.ts as a `where`), filters by the terms in the database, confirms in JS and caps.
 */
export interface KindSearch {
  user: SessionUser;
  query: string;
  terms: string[];
  cap: number;
}

export interface KindHits {
  hits: SearchHitView[];
  more: boolean;
}

const unitSelect = { select: { id: true, name: true } } as const;
const targetSelect = {
  select: { id: true, code: true, title: true, plan: { select: { id: true, title: true, year: true, unit: unitSelect } } },
} as const;
type TargetRef = Prisma.TargetGetPayload<typeof targetSelect>;

/** Rows found → hits: the snippet of the best field besides the first (the hit's title when it has one), and the rest from `hit`. */
async function find<R>(
  s: KindSearch,
  fetch: (page: { skip: number; take: number }) => Promise<R[]>,
  texts: (row: R) => SearchableText<SearchField>[],
  hit: (row: R) => Omit<SearchHitView, "snippet" | "field">,
): Promise<KindHits> {
  const { rows, more } = await collectMatches({ fetch, texts: (r) => texts(r).map((t) => t.text), terms: s.terms, cap: s.cap });
  const hits = rows.map((row) => {
    const [first, ...rest] = texts(row);
    const best = bestSnippet([first, ...rest], s.terms, { besides: first.field }) ?? {
      field: first.field,
      snippet: snippetOf(first.text ?? "", []),
    };
    return { ...hit(row), ...best };
  });
  return { hits, more };
}

/** The plan and unit of a hit on (or under) a target. */
function underTarget(kind: SearchKind, id: string, target: TargetRef, url: string) {
  return {
    kind,
    id,
    unitId: target.plan.unit.id,
    unitName: target.plan.unit.name,
    planId: target.plan.id,
    planTitle: target.plan.title,
    planYear: target.plan.year,
    targetId: target.id,
    targetCode: target.code,
    targetTitle: target.title,
    dutySeq: null,
    workItemSeq: null,
    withdrawn: false,
    url,
  };
}

export function findTargetHits(s: KindSearch): Promise<KindHits> {
  const where: Prisma.TargetWhereInput = {
    plan: readablePlanWhere(s.user),
    AND: termsWhere<Prisma.TargetWhereInput>(s.terms, ["code", "title", "wording", "remarks", "windowText", "applicabilityReason"]),
  };
  return find(
    s,
    (page) =>
      db.target.findMany({
        where,
        select: { ...targetSelect.select, wording: true, remarks: true, windowText: true, applicabilityReason: true },
        orderBy: [
          { plan: { year: "desc" } },
          { plan: { unitId: "asc" } },
          { area: { sortOrder: "asc" } },
          { sortOrder: "asc" },
          { id: "asc" },
        ],
        ...page,
      }),
    (t) => [
      { field: "TITLE", text: t.title },
      { field: "CODE", text: t.code },
      { field: "WORDING", text: t.wording },
      { field: "REMARKS", text: t.remarks },
      { field: "WINDOW_TEXT", text: t.windowText },
      { field: "APPLICABILITY_REASON", text: t.applicabilityReason },
    ],
    (t) => ({ ...underTarget("TARGET", t.id, t, `/targets/${t.id}`), title: t.title, date: null }),
  );
}

export function findItemHits(s: KindSearch): Promise<KindHits> {
  const where: Prisma.CountItemWhereInput = {
    target: { plan: readablePlanWhere(s.user) },
    AND: termsWhere<Prisma.CountItemWhereInput>(s.terms, ["name", "docNumber", "description", "reason"]),
  };
  return find(
    s,
    (page) =>
      db.countItem.findMany({
        where,
        select: { id: true, name: true, docNumber: true, description: true, reason: true, date: true, status: true, target: targetSelect },
        orderBy: [{ target: { plan: { year: "desc" } } }, { date: "desc" }, { id: "asc" }],
        ...page,
      }),
    (i) => [
      { field: "NAME", text: i.name },
      { field: "DOC_NUMBER", text: i.docNumber },
      { field: "DESCRIPTION", text: i.description },
      { field: "REASON", text: i.reason },
    ],
    (i) => ({
      ...underTarget("ITEM", i.id, i.target, `/targets/${i.target.id}#items-title`),
      title: i.name,
      date: dbDateToIso(i.date),
      withdrawn: i.status === "WITHDRAWN",
    }),
  );
}

export function findNoteHits(s: KindSearch): Promise<KindHits> {
  const where: Prisma.ProgressEntryWhereInput = {
    target: { plan: readablePlanWhere(s.user) },
    AND: termsWhere<Prisma.ProgressEntryWhereInput>(s.terms, ["note", "reason"]),
  };
  return find(
    s,
    (page) =>
      db.progressEntry.findMany({
        where,
        select: { id: true, note: true, reason: true, reportedFor: true, target: targetSelect },
        orderBy: [{ reportedFor: "desc" }, { createdAt: "desc" }, { id: "asc" }],
        ...page,
      }),
    (e) => [
      { field: "NOTE", text: e.note },
      { field: "REASON", text: e.reason },
    ],
    (e) => ({ ...underTarget("NOTE", e.id, e.target, `/targets/${e.target.id}`), title: e.target.title, date: dbDateToIso(e.reportedFor) }),
  );
}

export function findRectificationHits(s: KindSearch): Promise<KindHits> {
  const where: Prisma.RectificationWhereInput = {
    target: { plan: readablePlanWhere(s.user) },
    AND: termsWhere<Prisma.RectificationWhereInput>(s.terms, ["notice", "answer", "returnReason", "closingNote"]),
  };
  return find(
    s,
    (page) =>
      db.rectification.findMany({
        where,
        select: { id: true, notice: true, answer: true, returnReason: true, closingNote: true, deadline: true, target: targetSelect },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        ...page,
      }),
    (r) => [
      { field: "NOTICE", text: r.notice },
      { field: "ANSWER", text: r.answer },
      { field: "RETURN_REASON", text: r.returnReason },
      { field: "CLOSING_NOTE", text: r.closingNote },
    ],
    (r) => ({
      ...underTarget("RECTIFICATION", r.id, r.target, `/targets/${r.target.id}#target-rect-title`),
      title: r.target.title,
      date: dbDateToIso(r.deadline),
    }),
  );
}

/** A duty's text as a hit's title: its start. */
const dutyTitle = (text: string) => snippetOf(text, [], 40);

/**
 * 责任清单: a duty matches on its text, a work item on its own; both open the unit's list searched for the same
 * query, which shows and marks them. Duties first, then work items, each in list order (one cap for the kind).
 */
export async function findDutyHits(s: KindSearch): Promise<KindHits> {
  const unit = readableUnitWhere(s.user);
  const dutyUrl = (unitId: string) => `/units/${unitId}/duties?q=${encodeURIComponent(s.query)}`;
  const [duties, items] = await Promise.all([
    find(
      s,
      (page) =>
        db.duty.findMany({
          where: { unit, AND: termsWhere<Prisma.DutyWhereInput>(s.terms, ["text"]) },
          select: { id: true, seq: true, text: true, unit: unitSelect },
          orderBy: [{ unit: { name: "asc" } }, { seq: "asc" }, { id: "asc" }],
          ...page,
        }),
      (d) => [{ field: "DUTY", text: d.text }],
      (d) => ({ ...dutyHit(d.id, d.unit, dutyUrl(d.unit.id)), title: dutyTitle(d.text), dutySeq: d.seq, workItemSeq: null }),
    ),
    find(
      s,
      (page) =>
        db.workItem.findMany({
          where: { duty: { unit }, AND: termsWhere<Prisma.WorkItemWhereInput>(s.terms, ["text"]) },
          select: { id: true, seq: true, text: true, duty: { select: { seq: true, text: true, unit: unitSelect } } },
          orderBy: [{ duty: { unit: { name: "asc" } } }, { duty: { seq: "asc" } }, { seq: "asc" }, { id: "asc" }],
          ...page,
        }),
      (i) => [{ field: "WORK_ITEM", text: i.text }],
      (i) => ({
        ...dutyHit(i.id, i.duty.unit, dutyUrl(i.duty.unit.id)),
        title: dutyTitle(i.duty.text),
        dutySeq: i.duty.seq,
        workItemSeq: i.seq,
      }),
    ),
  ]);
  const hits = [...duties.hits, ...items.hits];
  return { hits: hits.slice(0, s.cap), more: duties.more || items.more || hits.length > s.cap };
}

function dutyHit(id: string, unit: { id: string; name: string }, url: string) {
  return {
    kind: "DUTY" as const,
    id,
    date: null,
    unitId: unit.id,
    unitName: unit.name,
    planId: null,
    planTitle: null,
    planYear: null,
    targetId: null,
    targetCode: null,
    targetTitle: null,
    withdrawn: false,
    url,
  };
}
