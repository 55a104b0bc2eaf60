import type { NextRequest } from "next/server";
import { assertAllowed, RULES } from "../../../../../graphql/authorization";
import { createContext } from "../../../../../graphql/context";
import { SESSION_COOKIE, userFromSealedSession } from "../../../../../lib/server/auth/session";
import { AppError, isAppError } from "../../../../../lib/server/errors";
import { findPlanEditor } from "../../../../../lib/server/plans/find-plan-editor";
import { planCsv, planFileName, planWorkbook } from "../../../../../lib/server/plans/plan-sheet";

const STATUS: Partial<Record<AppError["code"], number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/**
 * A plan in the import template's format: ?format=xlsx (default) or csv. Importing the file gives the same
 * plan back. Same session cookie, rule and unit scope as the planEditor query.
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ planId: string }> }) {
  try {
    const user = await userFromSealedSession(req.cookies.get(SESSION_COOKIE)?.value);
    assertAllowed(RULES["Query.planEditor"], createContext(user));
    const { planId } = await params;
    const format = req.nextUrl.searchParams.get("format") ?? "xlsx";
    if (format !== "xlsx" && format !== "csv") throw new AppError("BAD_USER_INPUT", "格式应为 xlsx 或 csv");
    const editor = await findPlanEditor({ user: user!, planId });
    const name = `${planFileName(editor)}.${format}`;
    const headers = {
      "Content-Disposition": `attachment; filename="plan-${editor.plan.year}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    };
    if (format === "csv") return new Response(planCsv(editor), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
    return new Response((await planWorkbook(editor)) as BodyInit, {
      headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    });
  } catch (e) {
    if (isAppError(e)) return new Response(e.message, { status: STATUS[e.code] ?? 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
