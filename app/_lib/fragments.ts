import { graphql } from "../../graphql/generated/client";

// Shared selections: every page that shows a target row or a summary asks for the same fields.
export const SummaryFields = graphql(`
  fragment SummaryFields on Summary {
    count
    totalPoints
    completion
    byStatus {
      status
      count
      points
    }
  }
`);

export const TargetRowFields = graphql(`
  fragment TargetRowFields on TargetProgress {
    status
    statusRule
    behindMargin
    band
    viewerCanRecord
    value
    reportedFor
    ratio
    growthPercent
    expectedRatio
    forecast {
      value
      ratio
    }
    target {
      id
      areaId
      code
      title
      wording
      kind
      measureUnit
      targetValue
      baselineValue
      points
      version
      applicability
      greenAt
      amberAt
      windowText
      window {
        startMonth
        endMonth
        specified
        start
        end
      }
      owners {
        id
        name
      }
      assignedOwnerIds
    }
  }
`);
