import { currentLocale } from "../_lib/request-context";
import { safeNextPath } from "../../lib/server/auth/safe-redirect";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string }> }) {
  const { t, locale } = await currentLocale();
  const { next: asked, error } = await searchParams;
  const next = safeNextPath(asked);
  return (
    <section aria-labelledby="sign-in-title" style={{ maxWidth: 420 }}>
      <h1 id="sign-in-title">{t.signIn.title}</h1>
      {error ? (
        <p role="alert" className="error">
          {locale === "zh" ? "用户名或密码错误，或账号已停用" : "Wrong username or password, or the account is disabled"}
        </p>
      ) : null}
      <form method="post" action="/api/auth/sign-in" className="form-grid">
        <input type="hidden" name="next" value={next} />
        <label>
          {t.signIn.username}
          <input name="username" autoComplete="username" required autoFocus />
        </label>
        <label>
          {t.signIn.password}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit">{t.signIn.submit}</button>
      </form>
      <p className="muted">{t.signIn.demoHint}</p>
    </section>
  );
}
