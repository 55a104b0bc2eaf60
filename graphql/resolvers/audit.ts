import { findAuditFilterOptions } from "../../lib/server/audit/find-audit-filter-options";
import { findAuditLog } from "../../lib/server/audit/find-audit-log";
import type { Resolvers } from "../generated/resolvers";

export const auditResolvers: Resolvers = {
  Query: {
    // The rule in graphql/authorization.ts guarantees a signed-in user here.
    auditLog: (_, { filter, offset, limit }, { user }) => findAuditLog({ user: user!, filter, offset, limit }),
    auditFilterOptions: (_, __, { user }) => findAuditFilterOptions({ user: user! }),
  },
};
