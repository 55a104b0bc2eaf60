import { graphql } from "../../graphql/generated/client";

/** One 我的待办 row as TodoList shows it (the page's query spreads it; fragment masking is off here). */
export const TodoRowFields = graphql(`
  fragment TodoRowFields on TodoRow {
    key
    kind
    planId
    targetId
    code
    title
    sectionId
    reviewId
    dueDay
    overdue
    detail
    itemName
    count
    month
    date
    status
    previousStatus
    rectificationState
  }
`);
