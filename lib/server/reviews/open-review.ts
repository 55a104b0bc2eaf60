import { reviewPeriod, type ReviewKind, type ReviewPeriod } from "../../domain";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { isoToDbDate } from "../db-dates";
import { AppError, notFound } from "../errors";
import { assertAssessorOf, isReviewKind, toReviewInfo, type ReviewInfoView } from "./review-rules";
import { computeSnapshot, writeSnapshot } from "./take-snapshot";
import { msg, msgAt } from "../../i18n/message-text";
import { reviewTitleMsg } from "../../i18n/review-title";

export interface OpenReviewOptions {
  user: SessionUser;
  planId: string;
  kind: string;
  year: number;
  periodIndex: number;
}

/**
 * 考核小组 opens the 月度调度 / 季度督查 / 半年点评 / 年终考评 of a plan for one calendar period and freezes
 * the figures: every target evaluated at the period end. One review per plan, kind and period (CONFLICT
 * otherwise; the unique index also settles two assessors opening the same one at once).
 */
export async function openReview(options: OpenReviewOptions): Promise<ReviewInfoView> {
  const { user } = options;
  if (!isReviewKind(options.kind))
    throw new AppError("BAD_USER_INPUT", msg("review.kindInvalid"), { fields: { kind: msg("review.kindInvalid") } });
  const kind: ReviewKind = options.kind;
  const plan = await db.plan.findUnique({ where: { id: options.planId }, select: { id: true, year: true, unitId: true } });
  if (!plan) throw notFound("noun.plan");
  assertAssessorOf(user, plan.unitId);
  if (options.year !== plan.year) {
    throw new AppError("BAD_USER_INPUT", msg("review.periodInPlanYear", { year: plan.year }), {
      fields: { year: msg("review.yearShould", { year: plan.year }) },
    });
  }
  let period: ReviewPeriod;
  try {
    period = reviewPeriod(kind, options.year, options.periodIndex);
  } catch {
    throw new AppError("BAD_USER_INPUT", msg("review.noSuchPeriod", { kind: msgAt(`review.kinds.${kind}`), index: options.periodIndex }), {
      fields: { periodIndex: msg("review.periodInvalid") },
    });
  }
  const existing = await db.review.findUnique({
    where: { planId_kind_year_periodIndex: { planId: plan.id, kind, year: period.year, periodIndex: period.index } },
    select: { id: true },
  });
  if (existing)
    throw new AppError("CONFLICT", msg("review.alreadyOpen", { review: reviewTitleMsg(kind, period.year, period.index) }), {
      reviewId: existing.id,
    });

  const rows = await computeSnapshot({ planId: plan.id, kind, periodEnd: period.end });
  const review = await db.$transaction(async (tx) => {
    const created = await tx.review.create({
      data: {
        planId: plan.id,
        kind,
        year: period.year,
        periodIndex: period.index,
        periodStart: isoToDbDate(period.start),
        periodEnd: isoToDbDate(period.end),
        status: "OPEN",
        createdById: user.id,
        snapshotAt: new Date(),
      },
    });
    await writeSnapshot(tx, created.id, rows);
    await writeAudit(tx, {
      userId: user.id,
      action: "OPEN_REVIEW",
      entityType: "Review",
      entityId: created.id,
      after: { kind, year: period.year, periodIndex: period.index, periodStart: period.start, periodEnd: period.end, targets: rows.length },
    });
    return created;
  });
  return toReviewInfo(review);
}
