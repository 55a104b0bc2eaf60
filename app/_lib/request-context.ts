import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { LOCALE_COOKIE, messages, toLocale, type Locale, type Messages } from "../../lib/i18n/messages";
import { PASSWORD_PAGE } from "../../lib/server/auth/safe-redirect";
import { SESSION_COOKIE, userFromSealedSession } from "../../lib/server/auth/session";
import type { SessionUser } from "../../lib/server/auth/session-user";

export { PASSWORD_PAGE };

export interface PageContext {
  user: SessionUser;
  locale: Locale;
  t: Messages;
}

/** The session behind this request's cookie, looked up once however many layouts and pages ask (React's request cache). */
const requestUser = cache(async (): Promise<SessionUser | null> => userFromSealedSession((await cookies()).get(SESSION_COOKIE)?.value));

/**
 * The signed-in user and language of this request; pages behind sign-in redirect to it otherwise, and to the
 * password page while a temporary or expired password is in use (the API refuses everything else meanwhile).
 */
export async function requirePageContext(returnTo: string): Promise<PageContext> {
  const user = await requestUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (user.passwordChange && !returnTo.startsWith(PASSWORD_PAGE)) redirect(`${PASSWORD_PAGE}?next=${encodeURIComponent(returnTo)}`);
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { user, locale, t: messages[locale] };
}

export async function currentLocale(): Promise<{ locale: Locale; t: Messages; user: SessionUser | null }> {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, t: messages[locale], user: await requestUser() };
}
