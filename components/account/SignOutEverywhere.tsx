import type { Messages } from "../../lib/i18n/messages";

/**
 * 退出所有设备: a plain form POST (works without JavaScript), answered by /api/auth/sign-out with everywhere=1,
 * which deletes every session row of the account, so a copied cookie on another machine stops working too.
 */
export function SignOutEverywhere({ t }: { t: Messages }) {
  return (
    <section aria-labelledby="devices-title" data-testid="sign-out-everywhere" style={{ marginTop: 28 }}>
      <h2 id="devices-title">{t.account.devicesTitle}</h2>
      <p id="devices-intro">{t.account.devicesIntro}</p>
      <form method="post" action="/api/auth/sign-out">
        <input type="hidden" name="everywhere" value="1" />
        <button type="submit" className="secondary" aria-describedby="devices-intro">
          {t.account.signOutEverywhere}
        </button>
      </form>
    </section>
  );
}
