import type { Messages } from "../../lib/i18n/messages";
import "./search.css";

/**
 * The header's search box (signed-in users): a plain GET form to /search, so it works without JavaScript and
 * submits with Enter; the label is read by screen readers, the placeholder shows what it finds.
 */
export function SiteSearch({ t }: { t: Messages }) {
  return (
    <form method="get" action="/search" role="search" aria-label={t.search.box} className="site-search">
      <label htmlFor="site-search-q" className="visually-hidden">
        {t.search.box}
      </label>
      <input id="site-search-q" type="search" name="q" placeholder={t.search.placeholder} autoComplete="off" enterKeyHint="search" />
      <button type="submit">{t.search.submit}</button>
    </form>
  );
}
