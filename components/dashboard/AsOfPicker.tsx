import type { Locale, Messages } from "../../lib/i18n/messages";
import { formatDate } from "../../lib/i18n/format";

/**
 * A plain GET form: works without JavaScript and leaves the date in the URL, so views can be shared.
 * min / max default to the plan year (报送纪律 reaches into January, when December's updates fall due).
 */
export function AsOfPicker({
  year,
  asOf,
  t,
  locale,
  min,
  max,
}: {
  year: number;
  asOf: string;
  t: Messages;
  locale: Locale;
  min?: string;
  max?: string;
}) {
  return (
    <form method="get" className="toolbar">
      <label>
        {t.dashboard.asOf}
        <input type="date" name="asOf" defaultValue={asOf} min={min ?? `${year}-01-01`} max={max ?? `${year}-12-31`} required />
      </label>
      <button type="submit">{t.dashboard.apply}</button>
      <span className="muted" data-testid="as-of-label">
        {formatDate(asOf, locale)}
      </span>
    </form>
  );
}
