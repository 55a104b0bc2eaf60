import type { NextRequest } from "next/server";
import { findAuditLog } from "../../../../lib/server/audit/find-audit-log";
import { attachmentDisposition, auditCsv, auditCsvFileName } from "../../../../lib/server/audit/to-csv";
import { SESSION_COOKIE, userFromSealedSession } from "../../../../lib/server/auth/session";
import { todayIso } from "../../../../lib/server/db-dates";
import { AppError } from "../../../../lib/server/errors";
import { AUDIT_EXPORT_MAX } from "../../../../lib/validation/audit";

const FILTERS = ["userId", "sectionId", "targetId", "from", "to", "action"] as const;

/**
 * 导出 CSV: the audit log with the page's filters (same query parameters), newest first, at most
 * AUDIT_EXPORT_MAX rows. UTF-8 with BOM and Chinese headers, so Excel opens it as is.
 */
export async function GET(req: NextRequest) {
  const user = await userFromSealedSession(req.cookies.get(SESSION_COOKIE)?.value);
  if (!user) return new Response("请先登录", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const params = req.nextUrl.searchParams;
  const filter = Object.fromEntries(FILTERS.map((k) => [k, params.get(k)]));
  try {
    const page = await findAuditLog({ user, filter, export: true });
    const today = todayIso();
    return new Response(auditCsv(page.entries), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": attachmentDisposition(auditCsvFileName(today), `audit-log-${today.replace(/-/g, "")}.csv`),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "X-Total-Count": String(page.totalCount),
        ...(page.totalCount > AUDIT_EXPORT_MAX ? { "X-Truncated": String(AUDIT_EXPORT_MAX) } : {}),
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "BAD_USER_INPUT") {
      return new Response(e.message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw e;
  }
}
