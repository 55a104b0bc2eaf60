import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { seeOther } from "../see-other";
import { sessionOptions, type SessionData } from "../../../../lib/server/auth/session";
import { signIn } from "../../../../lib/server/auth/sign-in";
import { AppError } from "../../../../lib/server/errors";

/** Only same-site paths: an absolute or protocol-relative "next" could send people elsewhere. */
function safeNext(value: FormDataEntryValue | null): string {
  const s = typeof value === "string" ? value : "/";
  return s.startsWith("/") && !s.startsWith("//") ? s : "/";
}

/** Form POST from /sign-in: sets the sealed session cookie and returns to where the user was going. */
export async function POST(req: NextRequest) {
  const form = await req.formData();
  const next = safeNext(form.get("next"));
  try {
    const user = await signIn({ username: String(form.get("username") ?? ""), password: String(form.get("password") ?? "") });
    const session = await getIronSession<SessionData>(await cookies(), sessionOptions());
    session.userId = user.id;
    await session.save();
    return seeOther(req, next);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return seeOther(req, `/sign-in?error=1&next=${encodeURIComponent(next)}`);
  }
}
