import { graphql } from "../../graphql/generated/client";

// A target linked to a duty or work item, as the responsibility list and the section page show it.
export const DutyLinkFields = graphql(`
  fragment DutyLinkFields on TargetDutyLink {
    id
    target {
      id
      code
      title
      planYear
    }
    duty {
      id
      seq
      text
    }
    workItem {
      id
      seq
      text
    }
  }
`);

export const DutyListCountFields = graphql(`
  fragment DutyListCountFields on DutyListCounts {
    duties
    sections
    workItems
    boundaries
    procedures
    publicServices
  }
`);
