import { z } from "zod";
import { isValidCalendarToken } from "../../../../lib/server/calendar/calendar-token";
import { sectionCalendar } from "../../../../lib/server/calendar/section-calendar";
import { id } from "../../../../lib/validation/primitives";
import { download, route } from "../../_lib/operation-route";

/**
 * text/calendar feed of one section for calendar apps. They cannot send cookies, so the URL's token (HMAC of
 * the section id with the session secret, handed out by the sectionCalendar query to readers of the section)
 * is the credential: a wrong or missing token, or another section's, answers 403.
 */
export const GET = route({
  name: "GET /api/calendar/[sectionId]",
  roles: "PUBLIC",
  input: z.object({ sectionId: id, token: z.string().max(100).nullish() }),
  credential: (i) => isValidCalendarToken(i.sectionId, i.token),
  access: "published",
  resources: (i) => [{ kind: "section", id: i.sectionId }],
  run: async ({ input }) => {
    const { name, ics } = await sectionCalendar(input);
    return download(ics, "text/calendar; charset=utf-8", `${name}.ics`, "calendar.ics", "inline", {
      "Cache-Control": "private, max-age=900",
    });
  },
});
