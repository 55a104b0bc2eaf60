import { graphql } from "../../graphql/generated/client";

// What each part of the review page shows; the page's one query spreads them and the components take the
// generated types (plain fragments: codegen's fragment masking is off in this repository).

/** ReviewHeader: title, period, who opened / closed it, the toolbar. */
export const ReviewHeaderFields = graphql(`
  fragment ReviewHeaderFields on ReviewDetail {
    viewerCanManage
    plan {
      id
      title
      unitName
    }
    review {
      id
      version
      kind
      year
      periodIndex
      periodStart
      periodEnd
      status
      createdAt
      snapshotAt
      closedAt
      bulletinIssuedAt
      createdBy {
        displayName
      }
      closedBy {
        displayName
      }
    }
  }
`);

/** ReviewDispatch: 本月调度清单 per section (月度调度 only). */
export const ReviewDispatchFields = graphql(`
  fragment ReviewDispatchFields on Dispatch {
    asOf
    sections {
      section {
        id
        name
      }
      targets {
        status
        value
        dueThisMonth
        target {
          id
          code
          title
          kind
          measureUnit
          targetValue
          window {
            startMonth
            endMonth
            specified
          }
        }
      }
      rectifications {
        id
        targetId
        state
        code
        title
        deadline
        notice
      }
    }
  }
`);

/** DueAndLaggingLists: one line per target that fell due in the period or was overdue / behind at its end. */
export const ReviewListRowFields = graphql(`
  fragment ReviewListRowFields on ReviewSnapshotRow {
    code
    title
    owners {
      id
      name
    }
    value
    ratio
    status
    target {
      id
      kind
      measureUnit
      baselineValue
      window {
        startMonth
        endMonth
        specified
      }
    }
  }
`);

/** ReviewComments: 点评 under a target or a section. */
export const ReviewCommentFields = graphql(`
  fragment ReviewCommentFields on ReviewComment {
    id
    targetId
    sectionId
    body
    createdAt
    author {
      displayName
    }
  }
`);

/** ReviewSectionTable: 分科室情况, one line per owning section (and 未指定). */
export const ReviewSectionFields = graphql(`
  fragment ReviewSectionFields on ReviewSectionSummary {
    section {
      id
      name
    }
    summary {
      count
      completion
      byStatus {
        status
        count
      }
    }
  }
`);

/** ReviewTargetTable: 期末快照, every target as the review froze it. */
export const ReviewTargetRowFields = graphql(`
  fragment ReviewTargetRowFields on ReviewSnapshotRow {
    code
    title
    owners {
      id
      name
    }
    value
    ratio
    status
    expectedRatio
    forecastValue
    points
    computedScore
    dueInPeriod
    needsAttention
    target {
      id
      kind
      measureUnit
      targetValue
      baselineValue
      window {
        startMonth
        endMonth
        specified
      }
    }
  }
`);

/** ReviewComparison: 与上期对比. */
export const ReviewComparisonFields = graphql(`
  fragment ReviewComparisonFields on ReviewComparison {
    previous {
      id
      kind
      year
      periodIndex
    }
    moved
    unchanged
    added
    changes {
      targetId
      code
      title
      change
      before {
        status
        value
        ratio
      }
      after {
        status
        value
        ratio
      }
    }
  }
`);

/** RectificationList: the targets a notice can be about (lagging ones first in the form). */
export const RectificationTargetFields = graphql(`
  fragment RectificationTargetFields on ReviewSnapshotRow {
    code
    title
    status
    needsAttention
    target {
      id
    }
  }
`);

/** RectificationList: 整改通知 this review issued. */
export const RectificationFields = graphql(`
  fragment RectificationFields on Rectification {
    id
    version
    code
    title
    notice
    deadline
    status
    state
    late
    createdAt
    answer
    answeredAt
    answeredBy {
      displayName
    }
    returnReason
    returnedAt
    evidence {
      id
      kind
      title
      url
    }
    closedAt
    closingNote
    issuedBy {
      displayName
    }
    closedBy {
      displayName
    }
  }
`);
