import { z } from "zod";
import { findAuditFilterOptions } from "../../lib/server/audit/find-audit-filter-options";
import { findAuditLog } from "../../lib/server/audit/find-audit-log";
import { AUDIT_READERS } from "../../lib/server/access/permissions";
import { operation } from "../../lib/server/operations/define-operation";
import { auditFilterSchema } from "../../lib/validation/audit";

/**
 * 操作日志: each unit reads its own log (the service's query); a filter may name only what the reader reads.
 * 权限分离 (等保 2.0): the system administrator, who manages accounts, does not read or export the log; the
 * 审计管理员 reads all of it, sign-in and account events included, which the other roles do not see.
 */
export const auditLog = operation({
  name: "Query.auditLog",
  roles: AUDIT_READERS,
  input: z.object({ filter: auditFilterSchema.nullish(), offset: z.number().int().nullish(), limit: z.number().int().nullish() }),
  access: "read",
  resources: ({ filter }) => [
    { kind: "user", id: filter?.userId },
    { kind: "section", id: filter?.sectionId },
    { kind: "target", id: filter?.targetId },
  ],
  run: ({ user, input }) => findAuditLog({ user, ...input }),
});

export const auditFilterOptions = operation({
  name: "Query.auditFilterOptions",
  roles: AUDIT_READERS,
  input: z.object({}).strict(),
  access: "read",
  resources: () => [],
  run: ({ user }) => findAuditFilterOptions({ user }),
});
