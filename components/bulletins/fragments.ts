import { graphql } from "../../graphql/generated/client";

// What the 通报 page shows: everything lib/i18n/bulletin-text.ts words the notice from (BulletinDocument), the
// state the form edits (BulletinForm) and who issued it when. Plain fragments (masking is off in this repository).

export const BulletinFields = graphql(`
  fragment BulletinFields on Bulletin {
    reviewId
    periodKey
    version
    reviewStatus
    unitFullName
    signature
    planTitle
    kind
    year
    periodIndex
    periodStart
    periodEnd
    addressee
    remarks
    issued
    issuedAt
    issuedByName
    date
    viewerCanEdit
    overall {
      ...BulletinTallyFields
    }
    areas {
      ...BulletinGroupFields
    }
    sections {
      ...BulletinGroupFields
    }
    behind {
      ...BulletinTargetLineFields
    }
    overdue {
      ...BulletinTargetLineFields
    }
    disciplineMonths
    disciplineAsOf
    discipline {
      ...BulletinDisciplineFields
    }
    disciplineBySection {
      ...BulletinDisciplineFields
    }
    notices {
      code
      title
      notice
      deadline
      overdue
    }
  }
`);

export const BulletinTallyFields = graphql(`
  fragment BulletinTallyFields on BulletinTally {
    count
    points
    completion
    done
    onTrack
    behind
    overdue
    notStarted
    inactive
  }
`);

export const BulletinGroupFields = graphql(`
  fragment BulletinGroupFields on BulletinGroup {
    name
    count
    points
    completion
    done
    onTrack
    behind
    overdue
    notStarted
    inactive
  }
`);

export const BulletinTargetLineFields = graphql(`
  fragment BulletinTargetLineFields on BulletinTargetLine {
    code
    title
    kind
    measureUnit
    targetValue
    areaName
    owners
    status
    value
    ratio
    expectedRatio
  }
`);

export const BulletinDisciplineFields = graphql(`
  fragment BulletinDisciplineFields on BulletinDisciplineLine {
    name
    owed
    due
    onTime
    late
    missing
    pending
    completeness
    onTimeRate
  }
`);
