import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE, messages, toLocale, type Locale, type Messages } from "../../lib/i18n/messages";
import { SESSION_COOKIE, userFromSealedSession } from "../../lib/server/auth/session";
import type { SessionUser } from "../../lib/server/auth/session-user";
import { graphql } from "../../graphql/generated/client";
import { runOperation } from "../../graphql/execute";

/** Where a user with a temporary password (new account, reset by an administrator) is sent first. */
export const PASSWORD_PAGE = "/account/password";

const MustChangePasswordQuery = graphql(`
  query MustChangePassword {
    me {
      mustChangePassword
    }
  }
`);

export interface PageContext {
  user: SessionUser;
  locale: Locale;
  t: Messages;
}

/** The signed-in user and language of this request; pages behind sign-in redirect to it otherwise. */
export async function requirePageContext(returnTo: string): Promise<PageContext> {
  const store = await cookies();
  const user = await userFromSealedSession(store.get(SESSION_COOKIE)?.value);
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (!returnTo.startsWith(PASSWORD_PAGE)) {
    const { me } = await runOperation(MustChangePasswordQuery, {}, user);
    if (me?.mustChangePassword) redirect(`${PASSWORD_PAGE}?next=${encodeURIComponent(returnTo)}`);
  }
  const locale = toLocale(store.get(LOCALE_COOKIE)?.value);
  return { user, locale, t: messages[locale] };
}

export async function currentLocale(): Promise<{ locale: Locale; t: Messages; user: SessionUser | null }> {
  const store = await cookies();
  const locale = toLocale(store.get(LOCALE_COOKIE)?.value);
  const user = await userFromSealedSession(store.get(SESSION_COOKIE)?.value);
  return { locale, t: messages[locale], user };
}
