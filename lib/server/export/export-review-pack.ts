import { buildReviewPack, type ReviewPack } from "./review-pack";
import { findUsersByIds } from "../users/find-users";
import { findReview } from "../reviews/find-review";

/** 导出复核包: the review page's data as a workbook (or its main sheet as CSV), with people's names. */
export async function exportReviewPack(options: { reviewId: string; format: "xlsx" | "csv" }): Promise<ReviewPack> {
  const view = await findReview({ reviewId: options.reviewId });
  const ids = new Set([
    ...view.comments.map((c) => c.authorId),
    ...view.rectifications.flatMap((r) => [r.issuedById, r.answeredById ?? r.issuedById]),
  ]);
  const users = await findUsersByIds([...ids]);
  return buildReviewPack(view, new Map(users.map((u) => [u.id, u.displayName])), options.format);
}
