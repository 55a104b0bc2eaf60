import type { NextRequest } from "next/server";
import { SESSION_COOKIE, userFromSealedSession } from "../../../../../lib/server/auth/session";
import { AppError } from "../../../../../lib/server/errors";
import { exportReviewPack } from "../../../../../lib/server/reviews/export-review-pack";

/** 导出复核包 for any signed-in user: XLSX by default, ?format=csv for the main sheet as UTF-8 CSV. */
export async function GET(req: NextRequest, { params }: { params: Promise<{ reviewId: string }> }) {
  const user = await userFromSealedSession(req.cookies.get(SESSION_COOKIE)?.value);
  if (!user) return new Response("请先登录", { status: 401 });
  const { reviewId } = await params;
  const format = new URL(req.url).searchParams.get("format") === "csv" ? "csv" : "xlsx";
  try {
    const pack = await exportReviewPack({ reviewId, format });
    const body = typeof pack.body === "string" ? pack.body : new Uint8Array(pack.body);
    return new Response(body, {
      headers: {
        "Content-Type": pack.contentType,
        "Content-Disposition": `attachment; filename="${pack.asciiName}"; filename*=UTF-8''${encodeURIComponent(pack.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") return new Response(e.message, { status: 404 });
    throw e;
  }
}
