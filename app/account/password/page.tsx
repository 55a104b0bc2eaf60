import { graphql } from "../../../graphql/generated/client";
import { runOperation } from "../../../graphql/execute";
import { ChangePasswordForm } from "../../../components/account/ChangePasswordForm";
import { PASSWORD_PAGE, requirePageContext } from "../../_lib/request-context";
import { safeNextPath } from "../../../lib/server/auth/safe-redirect";
import { authSettings } from "../../../lib/server/auth/auth-settings";
import { SignOutEverywhere } from "../../../components/account/SignOutEverywhere";
import { fill } from "../../../lib/i18n/format";

const PasswordPageQuery = graphql(`
  query PasswordPage {
    me {
      username
      mustChangePassword
    }
  }
`);

/** Only same-site paths, and never this page again. */
function safeNext(value: string | undefined): string {
  const s = safeNextPath(value);
  return s.startsWith(PASSWORD_PAGE) ? "/" : s;
}

/**
 * 修改密码, for everyone signed in. Users with a temporary password are sent here by requirePageContext
 * (this page is exempt, so it cannot loop) and continue to where they were going once it is changed.
 */
export default async function PasswordPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { user, t } = await requirePageContext(PASSWORD_PAGE);
  const { next } = await searchParams;
  const { me } = await runOperation(PasswordPageQuery, {}, user);
  // TEMPORARY: an administrator's reset; EXPIRED: older than the policy's maximum age. Either way the API refuses
  // everything but this page until the password is changed, so both notices say why the user is here.
  const mustChange = Boolean(me?.mustChangePassword) || user.passwordChange === "TEMPORARY";
  const expired = !mustChange && user.passwordChange === "EXPIRED";
  const notice = mustChange
    ? t.account.mustChange
    : expired
      ? fill(t.account.expired, { days: String(authSettings().passwordMaxAgeDays) })
      : null;
  return (
    <section aria-labelledby="password-title" style={{ maxWidth: 460 }}>
      <h1 id="password-title">{t.account.title}</h1>
      {notice ? (
        <p
          data-testid={expired ? "expired-notice" : "must-change-notice"}
          role="status"
          style={{ color: "var(--behind)", background: "#fff8c5", border: "1px solid #eac54f", padding: "8px 10px", borderRadius: 6 }}
        >
          {notice}
        </p>
      ) : null}
      <ChangePasswordForm username={me?.username ?? user.username} mustChange={mustChange || expired} next={safeNext(next)} t={t} />
      <SignOutEverywhere t={t} />
    </section>
  );
}
