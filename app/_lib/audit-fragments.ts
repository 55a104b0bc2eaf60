import { graphql } from "../../graphql/generated/client";

// What an audit table row shows (components/audit/AuditTable.tsx): the log page and the target page ask
// for the same fields.
export const AuditEntryFields = graphql(`
  fragment AuditEntryFields on AuditEntry {
    id
    at
    action
    entityType
    reason
    user {
      id
      displayName
    }
    target {
      id
      code
      title
    }
    subject {
      id
      displayName
    }
    about {
      ...AuditRefFields
    }
    changes {
      field
      before
      after
      beforeRef {
        ...AuditRefFields
      }
      afterRef {
        ...AuditRefFields
      }
    }
  }
`);

export const AuditRefFields = graphql(`
  fragment AuditRefFields on AuditRef {
    kind
    id
    name
    type
    year
    index
    date
    value
    unit
  }
`);
