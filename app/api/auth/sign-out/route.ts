import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
import { z } from "zod";
import { sessionOptions, type SessionData } from "../../../../lib/server/auth/session";
import { route } from "../../_lib/operation-route";
import { seeOther } from "../../_lib/see-other";

/** Ends the session (a POST, so a link on another site cannot sign anyone out). */
export const POST = route({
  name: "POST /api/auth/sign-out",
  roles: "PUBLIC",
  input: z.object({}),
  access: "published",
  resources: () => [],
  run: async ({ request }) => {
    const session = await getIronSession<SessionData>(await cookies(), sessionOptions());
    session.destroy();
    return seeOther(request, "/sign-in");
  },
});
