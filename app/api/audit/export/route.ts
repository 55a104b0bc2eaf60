import { findAuditLog } from "../../../../lib/server/audit/find-audit-log";
import { auditCsv, auditCsvFileName } from "../../../../lib/server/audit/to-csv";
import { todayIso } from "../../../../lib/server/db-dates";
import { AUDIT_EXPORT_MAX, auditFilterSchema } from "../../../../lib/validation/audit";
import { auditLog } from "../../../../graphql/operations/audit";
import { CSV, download, route } from "../../_lib/operation-route";

/**
 * 导出 CSV: the audit log with the page's filters (same query parameters), newest first, at most AUDIT_EXPORT_MAX
 * rows; UTF-8 with BOM and Chinese headers. The same reach and filter claims as the auditLog query.
 */
export const GET = route({
  name: "GET /api/audit/export",
  roles: auditLog.roles,
  input: auditFilterSchema.transform((filter) => ({ filter })),
  access: auditLog.access,
  resources: auditLog.resources,
  run: async ({ user, input }) => {
    const page = await findAuditLog({ user, filter: input.filter, export: true });
    const today = todayIso();
    return download(auditCsv(page.entries), CSV, auditCsvFileName(today), `audit-log-${today.replace(/-/g, "")}.csv`, "attachment", {
      "X-Total-Count": String(page.totalCount),
      ...(page.totalCount > AUDIT_EXPORT_MAX ? { "X-Truncated": String(AUDIT_EXPORT_MAX) } : {}),
    });
  },
});
