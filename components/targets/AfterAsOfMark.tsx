import { isAfterAsOf } from "../../lib/domain/as-of";
import { fill, formatDate } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";

/**
 * 截至日期后: a record a page lists although it is dated after the page's as-of day, and so counts in none of
 * the page's figures (lib/domain/as-of.ts). Nothing for a record on or before the day, or without an as-of day.
 */
export function AfterAsOfMark({ day, asOf, t, locale }: { day: string; asOf?: string | null; t: Messages; locale: Locale }) {
  if (!asOf || !isAfterAsOf(day, asOf)) return null;
  return (
    <span
      className="badge status-NOT_STARTED"
      style={{ marginLeft: 6 }}
      data-testid="after-as-of"
      title={fill(t.asOfMarks.afterTitle, { asOf: formatDate(asOf, locale) })}
    >
      {t.asOfMarks.after}
    </span>
  );
}
