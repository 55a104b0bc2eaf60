import type { TodoRowFieldsFragment } from "../../graphql/generated/client/graphql";
import { lastDayOfMonthIso } from "../../lib/domain";

/**
 * Where each row's work is done. An owed update opens the target as of the month's last day (today while the
 * month runs), so the figure form and 本月无新进展 are for that month; a returned report opens it as of the
 * report's day, whose figure the section corrects; notices open the target's 整改 list; comments the review.
 */
export function todoHref(row: TodoRowFieldsFragment, planYear: number | null, today: string): string {
  const target = `/targets/${row.targetId}`;
  switch (row.kind) {
    case "OWED_UPDATE": {
      if (planYear === null || row.month === null || row.month === undefined) return target;
      const end = lastDayOfMonthIso(planYear, row.month);
      return `${target}?asOf=${end < today ? end : today}`;
    }
    case "RETURNED_FIGURE":
      return row.date ? `${target}?asOf=${row.date}` : target;
    case "RECTIFICATION_TO_ANSWER":
    case "ANSWER_TO_SIGN_OFF":
    case "OVERDUE_RECTIFICATION":
    case "OPEN_RECTIFICATION":
      return `${target}#target-rect-title`;
    case "REVIEW_COMMENT":
      return `/reviews/${row.reviewId}#${row.targetId ? "snapshot-title" : "sections-title"}`;
    case "FIGURES_TO_CHECK":
      return `/plans/${row.planId}/checks`;
    case "SECTION_LATE":
      return `/plans/${row.planId}/discipline#problems-${row.sectionId}`;
    case "TURNED_LAGGING":
      return target;
  }
}
