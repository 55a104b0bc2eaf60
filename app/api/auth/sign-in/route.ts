import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
import { z } from "zod";
import { sessionOptions, type SessionData } from "../../../../lib/server/auth/session";
import { safeNextPath } from "../../../../lib/server/auth/safe-redirect";
import { signIn } from "../../../../lib/server/auth/sign-in";
import { AppError, isAppError } from "../../../../lib/server/errors";
import { route } from "../../_lib/operation-route";
import { seeOther } from "../../_lib/see-other";

/** Form POST from /sign-in: sets the sealed session cookie and returns to where the user was going. */
export const POST = route({
  name: "POST /api/auth/sign-in",
  roles: "PUBLIC",
  input: z.object({}),
  access: "published",
  resources: () => [],
  run: async ({ request }) => {
    const form = await request.formData().catch(() => {
      throw new AppError("BAD_USER_INPUT", "请求格式无效");
    });
    const next = safeNextPath(form.get("next"));
    try {
      const user = await signIn({ username: String(form.get("username") ?? ""), password: String(form.get("password") ?? "") });
      const session = await getIronSession<SessionData>(await cookies(), sessionOptions());
      session.userId = user.id;
      await session.save();
      return seeOther(request, next);
    } catch (e) {
      if (!isAppError(e)) throw e;
      return seeOther(request, `/sign-in?error=1&next=${encodeURIComponent(next)}`);
    }
  },
});
