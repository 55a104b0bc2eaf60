import { graphql } from "../../graphql/generated/client";

// What the score sheet page asks for per line and per total; the components take the generated types.
export const ScoreRowFields = graphql(`
  fragment ScoreRowFields on ScoreRow {
    rule
    configuredRule
    floor
    configuredFloor
    points
    pointsOverride
    computedScore
    basis
    pending
    declaredScore
    adjustedScore
    finalScore
    reason
    version
    updatedBy {
      displayName
    }
    selfScore
    selfJustification
    selfBy {
      displayName
    }
    selfAt
    selfVersion
    gap
    viewerCanSelfAssess
    progress {
      value
      ratio
      growthPercent
      target {
        id
        code
        title
        wording
        kind
        measureUnit
        targetValue
        window {
          startMonth
          endMonth
          specified
        }
        windowText
        owners {
          id
          name
        }
        applicability
        applicabilityReason
        nominalPoints
      }
    }
  }
`);

export const ScoreTotalFields = graphql(`
  fragment ScoreTotalFields on ScoreTotal {
    points
    computedScore
    finalScore
    pending
    selfScore
    gap
  }
`);

export const SectionGapFields = graphql(`
  fragment SectionGapFields on SectionScoreGap {
    section {
      id
      name
    }
    compared
    selfTotal
    awardedTotal
    gap
  }
`);
