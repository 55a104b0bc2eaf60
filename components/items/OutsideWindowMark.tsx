import { itemOutsideWindow } from "../../lib/domain/count-items";
import { fill, formatWindow } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";

/**
 * 窗口前 / 窗口后: a named item dated outside its target's window. It counts like any item of the plan year
 * (lib/domain/count-items.ts itemOutsideWindow); the mark says so on hover.
 */
export function OutsideWindowMark({
  date,
  window,
  t,
  locale,
}: {
  date: string;
  window?: { year: number; startMonth: number; endMonth: number; specified: boolean };
  t: Messages;
  locale: Locale;
}) {
  const outside = window ? itemOutsideWindow(date, window) : null;
  if (!outside || !window) return null;
  const m = t.itemWindow;
  return (
    <span
      className="badge status-BEHIND"
      style={{ marginLeft: 6 }}
      data-testid="outside-window"
      data-outside={outside}
      title={fill(outside === "BEFORE" ? m.beforeTitle : m.afterTitle, {
        window: formatWindow(window.startMonth, window.endMonth, locale),
      })}
    >
      {outside === "BEFORE" ? m.before : m.after}
    </span>
  );
}
