import { reopenReasonSchema } from "../../validation/review";
import { closeReviewTransition, type ReviewWriteOptions } from "./close-review";
import { parseInput, type ReviewInfoView } from "./review-rules";
import { msg } from "../../i18n/message-text";

/**
 * 重新打开: a closed review can take comments, notices and a fresh snapshot again. The snapshot stays as it
 * was frozen until someone refreshes it; the audit row keeps who closed it before.
 */
export function reopenReview(options: ReviewWriteOptions & { reason?: string | null }): Promise<ReviewInfoView> {
  const reason = parseInput(reopenReasonSchema, options.reason) || null;
  return closeReviewTransition(options, {
    from: "CLOSED",
    to: "OPEN",
    action: "REOPEN_REVIEW",
    reason,
    refused: msg("review.notClosed"),
  });
}
