import type { Metadata } from "next";
import type { ReactNode } from "react";
import { RouteFocus } from "../components/layout/RouteFocus";
import { SiteHeader } from "../components/layout/SiteHeader";
import { graphql } from "../graphql/generated/client";
import { runOperation } from "../graphql/execute";
import type { SessionUser } from "../lib/server/auth/session-user";
import { currentLocale } from "./_lib/request-context";
import "./globals.css";
import { htmlLang } from "../lib/i18n/format";

const HeaderTodoCountQuery = graphql(`
  query HeaderTodoCount {
    myTodoCount
  }
`);

/**
 * The header's 我的待办 count, through the same operation as the list; none while only the password change is
 * allowed (the API refuses everything else), and a count that fails never takes the page down with it.
 */
async function todoCountOf(user: SessionUser | null): Promise<number | null> {
  if (!user || user.passwordChange) return null;
  try {
    return (await runOperation(HeaderTodoCountQuery, {}, user)).myTodoCount;
  } catch {
    return null;
  }
}

export const metadata: Metadata = { title: "绩效目标追踪 · Performance targets" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t, user } = await currentLocale();
  const todoCount = await todoCountOf(user);
  return (
    <html lang={htmlLang(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <SiteHeader t={t} user={user} todoCount={todoCount} />
        <main id="main">{children}</main>
        <RouteFocus />
      </body>
    </html>
  );
}
