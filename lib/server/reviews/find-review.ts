import {
  compareReviews,
  defaultDeadline,
  isDueInPeriod,
  needsAttention,
  previousReviewPeriod,
  summarizeTargets,
  type IsoDate,
  type ReviewChange,
  type ReviewKind,
  type TargetStatus,
  type TargetSummary,
} from "../../domain";
import { db } from "../db";
import { todayIso } from "../db-dates";
import { notFound } from "../errors";
import { loadPlanState, type PlanInfoView } from "../plan-state/load-plan-state";
import type { SectionView, SummaryView, TargetView } from "../plan-state/target-view";
import { findSectionsByUnitIds } from "../units/find-sections";
import { buildDispatch, type DispatchView } from "./dispatch";
import { RECTIFICATION_INCLUDE, toRectificationView, type RectificationView } from "../rectifications/rectification-view";
import { toCommentView, type ReviewCommentView } from "./review-items";
import { toReviewInfo, type ReviewInfoView } from "./review-rules";
import { readSnapshotRow, type SnapshotRowData } from "./snapshot-row";

/** A ReviewSnapshot row as the review page reads it (data, formatted by the page), with the target's current window for context. */
export interface SnapshotRowView extends SnapshotRowData {
  target: TargetView;
  /** 本期到期: the window ends inside the period */
  dueInPeriod: boolean;
  /** 逾期或滞后 at the period end */
  needsAttention: boolean;
}

export interface ReviewSectionSummaryView {
  section: SectionView | null;
  summary: SummaryView;
}

export interface ReviewComparisonView {
  /** the previous review of the same kind in the plan year (Q2 for Q3); null when it was not held */
  previous: ReviewInfoView | null;
  previousKey: string | null;
  changes: ReviewChange[];
  moved: number;
  unchanged: number;
  added: number;
}

export interface ReviewView {
  review: ReviewInfoView;
  plan: PlanInfoView;
  unitId: string;
  rows: SnapshotRowView[];
  summary: SummaryView;
  sections: ReviewSectionSummaryView[];
  dueInPeriod: SnapshotRowView[];
  lagging: SnapshotRowView[];
  comparison: ReviewComparisonView;
  comments: ReviewCommentView[];
  /** the notices this review issued */
  rectifications: RectificationView[];
  /** what the form proposes for a new notice: 15 days after today */
  newRectificationDeadline: IsoDate;
  /** 月度调度 only: per section, what is open this month and the open notices */
  dispatch: DispatchView | null;
}

export function toSummaryView(s: TargetSummary): SummaryView {
  return {
    count: s.count,
    totalPoints: s.totalPoints,
    completion: s.completion,
    byStatus: Object.entries(s.byStatus).map(([status, v]) => ({ status: status as TargetStatus, ...v })),
  };
}

const summaryOf = (rows: SnapshotRowView[]) =>
  toSummaryView(summarizeTargets(rows.map((r) => ({ status: r.status, points: r.points, ratio: r.ratio }))));

/**
 * The review page: the frozen snapshot, what fell due in the period, what was overdue or behind at its end,
 * totals per section, the comparison with the previous review of the same kind, comments and notices.
 * A fixed number of queries whatever the plan's size or the number of comments.
 */
export async function findReview(options: { reviewId: string; today?: IsoDate }): Promise<ReviewView> {
  const row = await db.review.findUnique({ where: { id: options.reviewId }, include: { plan: { select: { unitId: true } } } });
  if (!row) throw notFound("noun.review");
  const review = toReviewInfo(row);
  const kind: ReviewKind = review.kind;
  const period = { kind, year: review.year, index: review.periodIndex, start: review.periodStart, end: review.periodEnd };
  const previousPeriod = previousReviewPeriod(period);
  const hasPrevious = previousPeriod.year === review.year;

  const [state, snapshots, previous, comments, rectifications, sections] = await Promise.all([
    loadPlanState(review.planId),
    db.reviewSnapshot.findMany({ where: { reviewId: review.id } }),
    hasPrevious
      ? db.review.findUnique({
          where: {
            planId_kind_year_periodIndex: { planId: review.planId, kind, year: previousPeriod.year, periodIndex: previousPeriod.index },
          },
          include: { snapshots: true },
        })
      : null,
    db.reviewComment.findMany({ where: { reviewId: review.id }, orderBy: { createdAt: "asc" } }),
    db.rectification.findMany({
      where: { target: { planId: review.planId }, OR: [{ reviewId: review.id }, { status: { not: "CLOSED" } }] },
      include: RECTIFICATION_INCLUDE,
      orderBy: [{ createdAt: "asc" }],
    }),
    findSectionsByUnitIds([row.plan.unitId]),
  ]);

  const order = new Map(state.targets.map((t, i) => [t.id, i]));
  const targetOf = new Map(state.targets.map((t) => [t.id, t]));
  const rows: SnapshotRowView[] = snapshots
    .filter((s) => targetOf.has(s.targetId))
    .sort((a, b) => order.get(a.targetId)! - order.get(b.targetId)!)
    .map((stored) => {
      const s = readSnapshotRow(stored, sections);
      const target = targetOf.get(s.targetId)!;
      return { ...s, target, dueInPeriod: isDueInPeriod(target.window, period), needsAttention: needsAttention(s.status) };
    });

  // Per section from the snapshot rows; a jointly owned target counts for each owner, as on the dashboard.
  const owning = sections.filter((s) => rows.some((r) => r.target.owners.some((o) => o.id === s.id)));
  const sectionSummaries: ReviewSectionSummaryView[] = owning.map((s) => ({
    section: s,
    summary: summaryOf(rows.filter((r) => r.target.owners.some((o) => o.id === s.id))),
  }));
  const unowned = rows.filter((r) => r.target.owners.length === 0);
  if (unowned.length) sectionSummaries.push({ section: null, summary: summaryOf(unowned) });

  const compared = compareReviews(
    (previous?.snapshots ?? []).map((p) => readSnapshotRow(p, sections)),
    rows,
  );
  const today = options.today ?? todayIso();
  const allRectifications = rectifications.map((r) => toRectificationView(r, today));

  return {
    review,
    plan: state.plan,
    unitId: row.plan.unitId,
    rows,
    summary: summaryOf(rows),
    sections: sectionSummaries,
    dueInPeriod: rows.filter((r) => r.dueInPeriod),
    lagging: rows.filter((r) => r.needsAttention),
    comparison: previous
      ? { previous: toReviewInfo(previous), previousKey: toReviewInfo(previous).periodKey, ...compared }
      : { previous: null, previousKey: null, changes: [], moved: 0, unchanged: 0, added: 0 },
    comments: comments.map(toCommentView),
    rectifications: allRectifications.filter((r) => r.reviewId === review.id),
    newRectificationDeadline: defaultDeadline(today, review.year),
    dispatch:
      kind === "MONTH"
        ? buildDispatch({
            planId: review.planId,
            year: review.year,
            month: review.periodIndex,
            sections,
            targets: rows.map((r) => r.target),
            standing: new Map(rows.map((r) => [r.targetId, { status: r.status, value: r.value, ratio: r.ratio }])),
            rectifications: allRectifications,
          })
        : null,
  };
}
