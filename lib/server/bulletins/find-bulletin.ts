import { assembleBulletin, type BulletinData, type BulletinDisciplineCell } from "../../domain/bulletin";
import type { IsoDate } from "../../domain";
import { db } from "../db";
import { dbDateToIso, todayIso } from "../db-dates";
import { findReportingDiscipline, type ReportingDisciplineView } from "../discipline/find-reporting-discipline";
import { notFound } from "../errors";
import { findReview } from "../reviews/find-review";

/** A review's 通报 as the page, the form and the Word file read it: its data, and who issued it when. */
export interface BulletinView extends BulletinData {
  reviewId: string;
  /** 2013-Q3 */
  periodKey: string;
  /** the review's version: editing and issuing the notice claim it (and so do refresh, close and reopen) */
  version: number;
  reviewStatus: "OPEN" | "CLOSED";
  issuedAt: Date | null;
  issuedByName: string | null;
}

/**
 * The notices a 通报 lists as open: on the plan's targets, issued by this review or by one of a period ending no
 * later than this one's (or by a review since removed), issued by `at` and not closed by then — so an issued
 * notice keeps listing what was open on its day.
 */
async function openNotices(review: { id: string; planId: string; periodEnd: Date }, at: Date) {
  const rows = await db.rectification.findMany({
    where: {
      target: { planId: review.planId },
      createdAt: { lte: at },
      OR: [{ reviewId: review.id }, { reviewId: null }, { review: { periodEnd: { lte: review.periodEnd } } }],
    },
    include: { target: { select: { code: true, title: true } } },
    orderBy: [{ deadline: "asc" }, { createdAt: "asc" }],
  });
  return rows
    .filter((r) => r.status !== "CLOSED" || (r.closedAt !== null && r.closedAt > at))
    .map((r) => ({ code: r.target.code, title: r.target.title, notice: r.notice, deadline: dbDateToIso(r.deadline) }));
}

/**
 * 通报 of a review, from its frozen snapshot (lib/domain/bulletin.ts assembles it): the figures as the snapshot holds
 * them, the period's reporting discipline as it stood on the snapshot's day, the notices open on the notice's day
 * (its issue date, or today while a draft), the assessors' 主送 and remarks. Whoever reads the review reads it.
 */
export async function findBulletin(options: { reviewId: string; today?: IsoDate }): Promise<BulletinView> {
  const row = await db.review.findUnique({
    where: { id: options.reviewId },
    include: { plan: { select: { unit: { select: { name: true, region: true } } } } },
  });
  if (!row) throw notFound("noun.review");
  const at = row.bulletinIssuedAt ?? new Date();
  const today = options.today ?? todayIso();
  const disciplineAsOf = todayIso(row.snapshotAt);
  const [view, discipline, notices, issuer] = await Promise.all([
    findReview({ reviewId: row.id, today }),
    findReportingDiscipline({ planId: row.planId, asOf: disciplineAsOf }),
    openNotices(row, at),
    row.bulletinIssuedById ? db.user.findUnique({ where: { id: row.bulletinIssuedById }, select: { displayName: true } }) : null,
  ]);
  const data = assembleBulletin({
    unit: row.plan.unit,
    plan: { title: view.plan.title, year: view.plan.year },
    review: view.review,
    rows: view.rows.map((r) => ({
      code: r.code,
      title: r.title,
      kind: r.target.kind,
      measureUnit: r.target.measureUnit,
      targetValue: r.target.targetValue,
      areaName: r.areaName,
      owners: r.owners,
      status: r.status,
      value: r.value,
      ratio: r.ratio,
      expectedRatio: r.expectedRatio,
      points: r.points,
    })),
    discipline: {
      asOf: discipline.asOf,
      cells: bureauCells(discipline),
      sections: discipline.sections.map((s) => ({ id: s.section.id, name: s.section.name, cells: s.cells })),
    },
    notices,
    addressee: row.bulletinAddressee,
    remarks: row.bulletinRemarks,
    issuedOn: row.bulletinIssuedAt ? todayIso(row.bulletinIssuedAt) : null,
    today,
  });
  return {
    ...data,
    reviewId: row.id,
    periodKey: view.review.periodKey,
    version: row.version,
    reviewStatus: view.review.status,
    issuedAt: row.bulletinIssuedAt,
    issuedByName: issuer?.displayName ?? null,
  };
}

/** Each owed update once, however many sections own its target (the bureau-wide count). */
function bureauCells(discipline: ReportingDisciplineView): BulletinDisciplineCell[] {
  const seen = new Map<string, BulletinDisciplineCell>();
  for (const s of discipline.sections) for (const c of s.cells) seen.set(`${c.targetId}:${c.month}`, { month: c.month, status: c.status });
  return [...seen.values()];
}
