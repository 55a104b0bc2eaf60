import { isValidCalendarToken } from "../../../../lib/server/calendar/calendar-token";
import { sectionCalendar } from "../../../../lib/server/calendar/section-calendar";
import { AppError } from "../../../../lib/server/errors";

/**
 * text/calendar feed of one section for calendar apps. They cannot send cookies, so the URL's token
 * (HMAC of the section id with the session secret) is the credential: wrong or missing → 403.
 */
export async function GET(req: Request, { params }: { params: Promise<{ sectionId: string }> }) {
  const { sectionId } = await params;
  const token = new URL(req.url).searchParams.get("token");
  if (!isValidCalendarToken(sectionId, token)) return new Response("订阅链接无效", { status: 403 });
  try {
    const { name, ics } = await sectionCalendar({ sectionId });
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(`${name}.ics`)}`,
        "Cache-Control": "private, max-age=900",
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") return new Response(e.message, { status: 404 });
    throw e;
  }
}
