import type { Locale, Messages } from "../../lib/i18n/messages";
import { formatDate } from "../../lib/i18n/format";

/** A plain GET form: works without JavaScript and leaves the date in the URL, so views can be shared. */
export function AsOfPicker({ year, asOf, t, locale }: { year: number; asOf: string; t: Messages; locale: Locale }) {
  return (
    <form method="get" className="toolbar">
      <label>
        {t.dashboard.asOf}
        <input type="date" name="asOf" defaultValue={asOf} min={`${year}-01-01`} max={`${year}-12-31`} required />
      </label>
      <button type="submit">{t.dashboard.apply}</button>
      <span className="muted" data-testid="as-of-label">{formatDate(asOf, locale)}</span>
    </form>
  );
}
