import { currentLocale } from "../_lib/request-context";
import { safeNextPath } from "../../lib/server/auth/safe-redirect";
import { fill } from "../../lib/i18n/format";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string; wait?: string }> }) {
  const { t } = await currentLocale();
  const { next: asked, error, wait } = await searchParams;
  const next = safeNextPath(asked);
  const minutes = Math.min(24 * 60, Math.max(1, Math.floor(Number(wait)) || 1));
  return (
    <section aria-labelledby="sign-in-title" style={{ maxWidth: 420 }}>
      <h1 id="sign-in-title">{t.signIn.title}</h1>
      {error ? (
        <p role="alert" className="error">
          {error === "locked" ? fill(t.signIn.locked, { minutes: String(minutes) }) : t.signIn.wrongPassword}
        </p>
      ) : null}
      <form method="post" action="/api/auth/sign-in" className="form-grid">
        <input type="hidden" name="next" value={next} />
        <label>
          {t.signIn.username}
          <input name="username" autoComplete="username" required autoFocus maxLength={64} />
        </label>
        <label>
          {t.signIn.password}
          <input name="password" type="password" autoComplete="current-password" required maxLength={128} />
        </label>
        <button type="submit">{t.signIn.submit}</button>
      </form>
      <p className="muted">{t.signIn.demoHint}</p>
    </section>
  );
}
