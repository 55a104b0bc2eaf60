import { z } from "zod";
import { waitMinutes } from "../../../../lib/domain/password-policy";
import { clientAddress, PASSWORD_PAGE, safeNextPath } from "../../../../lib/server/auth/safe-redirect";
import { sessionCookieHeader } from "../../../../lib/server/auth/session";
import { signIn } from "../../../../lib/server/users/sign-in";
import { AppError, isAppError } from "../../../../lib/server/errors";
import { route } from "../../_lib/operation-route";
import { seeOther } from "../../_lib/see-other";
import { msg } from "../../../../lib/i18n/message-text";

/**
 * Form POST from /sign-in: opens a session (its sealed id in an HTTP-only cookie, Secure over HTTPS) and returns
 * to where the user was going — or first to the password page when the password is temporary or expired.
 * Failures go back to the form: a wrong password with one message for every cause, a lock with its wait.
 */
export const POST = route({
  name: "POST /api/auth/sign-in",
  roles: "PUBLIC",
  input: z.object({}),
  access: "published",
  resources: () => [],
  run: async ({ request }) => {
    const form = await request.formData().catch(() => {
      throw new AppError("BAD_USER_INPUT", msg("request.formatInvalid"));
    });
    const next = safeNextPath(form.get("next"));
    try {
      const result = await signIn({
        username: String(form.get("username") ?? ""),
        password: String(form.get("password") ?? ""),
        address: clientAddress(request),
      });
      const to = result.passwordChange ? `${PASSWORD_PAGE}?next=${encodeURIComponent(next)}` : next;
      const response = seeOther(request, to);
      response.headers.append("Set-Cookie", sessionCookieHeader(result.sealed, request));
      return response;
    } catch (e) {
      if (!isAppError(e)) throw e;
      const wait = e.code === "RATE_LIMITED" ? `&wait=${waitMinutes(Number(e.details?.retryAfterSeconds ?? 60) * 1000)}` : "";
      return seeOther(request, `/sign-in?error=${e.code === "RATE_LIMITED" ? "locked" : "1"}${wait}&next=${encodeURIComponent(next)}`);
    }
  },
});
