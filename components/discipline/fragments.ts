import { graphql } from "../../graphql/generated/client";

// The rates every discipline view shows (page, grid, dashboard card).
export const DisciplineRateFields = graphql(`
  fragment DisciplineRateFields on DisciplineRates {
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
