import { fill, formatDate } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { groupLocks, type MonthLock } from "./month-locks";
import { aside, labelled } from "../../lib/i18n/punctuation";

/** The plan year's months in one line, grouped by state: 「月份锁定：已重新开放 1–12月（至 …）」. Text, not colour. */
export function MonthLockSummary({ locks, t, locale }: { locks: readonly MonthLock[]; t: Messages; locale: Locale }) {
  if (locks.length === 0) return null;
  const groups = groupLocks(locks, t, locale);
  return (
    <p className="lock-summary" data-testid="month-locks">
      <span className="muted">{labelled(t.periods.title, "", t)}</span>
      {groups.map((g) => (
        <span
          key={`${g.reason}-${g.months}`}
          className={`lock-chip ${g.locked ? "lock-locked" : g.reason === "REOPENED" ? "lock-reopened" : "lock-open"}`}
          data-reason={g.reason}
          data-locked={g.locked}
        >
          {g.label} {g.months}
          {g.reopenedUntil ? aside(fill(t.periods.reopenedUntil, { date: formatDate(g.reopenedUntil, locale) }), t) : ""}
        </span>
      ))}
    </p>
  );
}
