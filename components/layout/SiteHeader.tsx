import Link from "next/link";
import type { Messages } from "../../lib/i18n/messages";
import type { SessionUser } from "../../lib/server/auth/session-user";
import { canImportPlansPage, canManageUsersPage, canReadAuditPage } from "../../app/_lib/permissions";
import { LanguageSwitch } from "./LanguageSwitch";
import { SiteSearch } from "../search/SiteSearch";
import { aside, labelled } from "../../lib/i18n/punctuation";

/** todoCount: the signed-in user's 我的待办 rows (app/layout.tsx counts them); null when it could not be counted. */
export function SiteHeader({ t, user, todoCount = null }: { t: Messages; user: SessionUser | null; todoCount?: number | null }) {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        {t.appName}
      </Link>
      <nav aria-label={t.appName}>
        <Link href="/?view=dashboard">{t.nav.dashboard}</Link>
        {user ? (
          <Link
            href="/todo"
            className="todo-nav"
            data-testid="todo-nav"
            data-count={todoCount ?? ""}
            aria-label={todoCount === null ? undefined : `${t.todo.nav} (${todoCount}${t.todo.navCountUnit})`}
          >
            {todoCount === null ? t.todo.nav : `${t.todo.nav} (${todoCount})`}
          </Link>
        ) : null}
        {user?.sectionId ? <Link href={`/sections/${user.sectionId}`}>{t.nav.sections}</Link> : null}
        {user ? <Link href="/reviews">{t.review.navLink}</Link> : null}
        {canReadAuditPage(user) ? <Link href="/audit">{t.audit.navLink}</Link> : null}
        {user ? (
          <Link href={`/units/${user.unitId}/duties`} data-testid="duties-nav">
            {t.duties.navLink}
          </Link>
        ) : null}
        {canManageUsersPage(user) ? <Link href="/admin/users">{t.admin.navLink}</Link> : null}
        {canImportPlansPage(user) ? (
          <Link href="/plans/import" data-testid="import-plan-nav">
            {t.plans.importNav}
          </Link>
        ) : null}
      </nav>
      {user ? <SiteSearch t={t} /> : null}
      <LanguageSwitch label={t.nav.language} />
      {user ? (
        <div className="site-account">
          <span className="user">{labelled(t.signIn.signedInAs, `${user.displayName}${aside(t.roles[user.role], t)}`, t)}</span>
          <Link href="/account/password">{t.account.navLink}</Link>
          <form method="post" action="/api/auth/sign-out">
            <button type="submit" className="secondary">
              {t.nav.signOut}
            </button>
          </form>
        </div>
      ) : (
        <Link href="/sign-in">{t.nav.signIn}</Link>
      )}
    </header>
  );
}
