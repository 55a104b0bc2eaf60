import { graphql } from "../../graphql/generated/client";

/** What the plan editor shows of a target and what its forms start from. */
export const EditableTargetFields = graphql(`
  fragment EditableTargetFields on EditableTarget {
    id
    areaId
    code
    title
    wording
    kind
    measureUnit
    targetValue
    baselineValue
    baselineSource
    startMonth
    endMonth
    windowText
    remarks
    pointsOverride
    points
    owners {
      id
      name
    }
    version
    progressCount
    lineageKey
    rollupKey
  }
`);
