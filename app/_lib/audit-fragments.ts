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
    changes {
      field
      before
      after
    }
  }
`);
