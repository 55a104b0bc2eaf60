import type { NextRequest } from "next/server";
import { assertAllowed, RULES } from "../../../../../graphql/authorization";
import { createContext } from "../../../../../graphql/context";
import { SESSION_COOKIE, userFromSealedSession } from "../../../../../lib/server/auth/session";
import { findDutyList } from "../../../../../lib/server/duties/find-duty-list";
import { isAppError, type AppError } from "../../../../../lib/server/errors";
import { dutyFileName, dutyWorkbook } from "../../../../../lib/server/export/duty-workbook";

const STATUS: Partial<Record<AppError["code"], number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/**
 * 责任清单 as an Excel workbook (部门职责, 职责边界, 公共服务事项); ?search= exports what the page's search
 * shows. Same session cookie and the same rule as the dutyList query.
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ unitId: string }> }) {
  try {
    const user = await userFromSealedSession(req.cookies.get(SESSION_COOKIE)?.value);
    assertAllowed(RULES["Query.dutyList"], createContext(user));
    const { unitId } = await params;
    const list = await findDutyList({ unitId, search: req.nextUrl.searchParams.get("search") });
    const bytes = await dutyWorkbook(list);
    return new Response(bytes as BodyInit, {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="duties.xlsx"; filename*=UTF-8''${encodeURIComponent(`${dutyFileName(list)}.xlsx`)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    if (isAppError(e)) return new Response(e.message, { status: STATUS[e.code] ?? 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
