import { graphql } from "../../graphql/generated/client";

// What the score sheet and the province page ask for of a grade, a province-scored line and a city's row.
export const SheetGradeFields = graphql(`
  fragment SheetGradeFields on SheetGrade {
    grade
    byScore
    share
    capped
    eligibleForHonours
    basis
    total
    maximum
    unitTotal
    provinceTotal
    bands {
      excellentAt
      goodAt
      passAt
    }
    external {
      result
      documentRef
      version
    }
  }
`);

export const ProvinceScoreRowFields = graphql(`
  fragment ProvinceScoreRowFields on ScoreRow {
    points
    basis
    finalScore
    provinceScore
    provinceReason
    provinceVersion
    viewerCanProvinceScore
    provinceBy {
      displayName
    }
    progress {
      target {
        id
        code
        title
      }
    }
  }
`);

export const CityRowFields = graphql(`
  fragment CityRowFields on ProvinceCityRow {
    rank
    total
    completion
    onTimeRate
    openRectifications
    viewerCanAssess
    unit {
      id
      name
      isDemo
    }
    plan {
      id
      title
    }
    statusCounts {
      DONE
      ON_TRACK
      BEHIND
      OVERDUE
      NOT_STARTED
      INACTIVE
    }
    areas {
      code
      name
      maxPoints
      unitScore
      provinceScore
    }
    grade {
      ...SheetGradeFields
    }
  }
`);
