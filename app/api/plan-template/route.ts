import type { NextRequest } from "next/server";
import { assertAllowed } from "../../../graphql/authorization";
import { createContext } from "../../../graphql/context";
import { SESSION_COOKIE, userFromSealedSession } from "../../../lib/server/auth/session";
import { isAppError } from "../../../lib/server/errors";
import { planCsv, planFileName, planWorkbook } from "../../../lib/server/plans/plan-sheet";

/** The blank import template: ?format=xlsx (default, with a 填写说明 sheet) or csv (the header row). */
export async function GET(req: NextRequest) {
  try {
    assertAllowed("SIGNED_IN", createContext(await userFromSealedSession(req.cookies.get(SESSION_COOKIE)?.value)));
    const format = req.nextUrl.searchParams.get("format") === "csv" ? "csv" : "xlsx";
    const name = `${planFileName(null)}.${format}`;
    const headers = {
      "Content-Disposition": `attachment; filename="plan-template.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    };
    if (format === "csv") return new Response(planCsv(null), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
    return new Response((await planWorkbook(null)) as BodyInit, {
      headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    });
  } catch (e) {
    if (isAppError(e)) return new Response(e.message, { status: e.code === "UNAUTHENTICATED" ? 401 : 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
