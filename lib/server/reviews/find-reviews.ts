import type { ReviewKind } from "../../domain";
import { db } from "../db";
import { toReviewInfo, type ReviewInfoView } from "./review-rules";

export interface ReviewListItemView extends ReviewInfoView {
  commentCount: number;
  rectificationCount: number;
  openRectificationCount: number;
}

/** The reviews held for a plan, optionally of one kind, in calendar order (one query). */
export async function findReviews(options: { planId: string; kind?: ReviewKind | null }): Promise<ReviewListItemView[]> {
  const rows = await db.review.findMany({
    where: { planId: options.planId, ...(options.kind ? { kind: options.kind } : {}) },
    include: {
      _count: { select: { comments: true, rectifications: true } },
      rectifications: { where: { status: "OPEN" }, select: { id: true } },
    },
    orderBy: [{ periodStart: "asc" }, { kind: "asc" }],
  });
  return rows.map((r) => ({
    ...toReviewInfo(r),
    commentCount: r._count.comments,
    rectificationCount: r._count.rectifications,
    openRectificationCount: r.rectifications.length,
  }));
}
