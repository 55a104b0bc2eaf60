import type { NextRequest } from "next/server";
import { assertAllowed, RULES } from "../../../../../graphql/authorization";
import { createContext } from "../../../../../graphql/context";
import { toDate } from "../../../../../lib/domain";
import { SESSION_COOKIE, userFromSealedSession } from "../../../../../lib/server/auth/session";
import { AppError } from "../../../../../lib/server/errors";
import { scoreCsv, scoreFileName, scoreWorkbook } from "../../../../../lib/server/export/score-workbook";
import { findScoreSheet } from "../../../../../lib/server/scores/find-score-sheet";

const STATUS: Partial<Record<AppError["code"], number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/**
 * The 年终考评计分表 as a download: ?format=xlsx (default) or csv, ?asOf=YYYY-MM-DD (default 31 December of
 * the plan year). Same session cookie and the same rule as the scoreSheet query.
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ planId: string }> }) {
  try {
    const user = await userFromSealedSession(req.cookies.get(SESSION_COOKIE)?.value);
    assertAllowed(RULES["Query.scoreSheet"], createContext(user));
    const { planId } = await params;
    const format = req.nextUrl.searchParams.get("format") ?? "xlsx";
    if (format !== "xlsx" && format !== "csv") throw new AppError("BAD_USER_INPUT", "格式应为 xlsx 或 csv");
    const asOf = req.nextUrl.searchParams.get("asOf") || null;
    if (asOf) {
      try {
        toDate(asOf);
      } catch {
        throw new AppError("BAD_USER_INPUT", `日期格式应为 YYYY-MM-DD：${asOf}`);
      }
    }
    const sheet = await findScoreSheet({ planId, asOf });
    const name = `${scoreFileName(sheet)}.${format}`;
    const headers = {
      "Content-Disposition": `attachment; filename="scores-${sheet.asOf}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    };
    if (format === "csv") {
      return new Response(scoreCsv(sheet), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
    }
    const bytes = await scoreWorkbook(sheet);
    return new Response(bytes as BodyInit, {
      headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    });
  } catch (e) {
    if (e instanceof AppError) return new Response(e.message, { status: STATUS[e.code] ?? 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
