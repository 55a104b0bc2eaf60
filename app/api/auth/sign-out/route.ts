import { z } from "zod";
import { writeAudit } from "../../../../lib/server/audit/write-audit";
import { endSessions } from "../../../../lib/server/auth/end-sessions";
import { closeSession, SESSION_COOKIE, sessionCookieHeader } from "../../../../lib/server/auth/session";
import { db } from "../../../../lib/server/db";
import { route } from "../../_lib/operation-route";
import { seeOther } from "../../_lib/see-other";

/**
 * Ends the session (a POST, so a link on another site cannot sign anyone out). With `everywhere=1` in the form
 * (退出所有设备) every session of the account ends, on every browser. The session row is deleted, so a copy of
 * the cookie is worthless afterwards. Audited.
 */
export const POST = route({
  name: "POST /api/auth/sign-out",
  roles: "PUBLIC",
  input: z.object({}),
  access: "published",
  resources: () => [],
  duringPasswordChange: true,
  run: async ({ request }) => {
    const form = await request.formData().catch(() => null);
    const everywhere = form?.get("everywhere") === "1";
    const closed = await closeSession(request.cookies.get(SESSION_COOKIE)?.value);
    if (closed) {
      await db.$transaction(async (tx) => {
        if (everywhere) await endSessions(tx, closed.userId);
        await writeAudit(tx, {
          userId: closed.userId,
          action: everywhere ? "SIGN_OUT_EVERYWHERE" : "SIGN_OUT",
          entityType: "SignIn",
          entityId: closed.userId,
        });
      });
    }
    const response = seeOther(request, "/sign-in");
    response.headers.append("Set-Cookie", sessionCookieHeader(null, request));
    return response;
  },
});
