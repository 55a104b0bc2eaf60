import type { Messages } from "../../lib/i18n/messages";
import { DateField } from "../forms/DateField";

/**
 * A plain GET form: works without JavaScript and leaves the date in the URL, so views can be shared. The day
 * is written YYYY-MM-DD and shown in words beside the field (the shared date field).
 * min / max default to the plan year (报送纪律 reaches into January, when December's updates fall due).
 */
export function AsOfPicker({ year, asOf, t, min, max }: { year: number; asOf: string; t: Messages; min?: string; max?: string }) {
  return (
    <form method="get" className="toolbar">
      <DateField
        label={t.dashboard.asOf}
        name="asOf"
        m={t.dateField}
        defaultValue={asOf}
        min={min ?? `${year}-01-01`}
        max={max ?? `${year}-12-31`}
        required
        wordsTestId="as-of-label"
      />
      <button type="submit">{t.dashboard.apply}</button>
    </form>
  );
}
