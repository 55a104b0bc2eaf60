import type { ReviewListRowFieldsFragment } from "../../graphql/generated/client/graphql";
import { formatPercent } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { StatusBadge } from "../targets/StatusBadge";
import { windowText } from "../targets/target-format";
import { ownersText, snapshotValueText } from "./review-format";
import { aside } from "../../lib/i18n/punctuation";

type Row = ReviewListRowFieldsFragment;

function RowList({ rows, empty, testId, t, locale }: { rows: readonly Row[]; empty: string; testId: string; t: Messages; locale: Locale }) {
  if (!rows.length)
    return (
      <p className="muted" data-testid={testId}>
        {empty}
      </p>
    );
  return (
    <ul className="review-list" data-testid={testId}>
      {rows.map((r) => (
        <li key={r.target.id} data-code={r.code}>
          <StatusBadge status={r.status} t={t} /> {r.code} {r.title}
          <span className="muted">
            {" "}
            · {ownersText(r.owners, t)} · {windowText(r.target, t, locale)} · {snapshotValueText(r, t, locale)}
            {aside(formatPercent(r.ratio, locale), t)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** 本期到期 and 逾期或滞后 side by side: what the period end asks the reviewers to look at. */
export function DueAndLaggingLists({
  due,
  lagging,
  t,
  locale,
}: {
  due: readonly Row[];
  lagging: readonly Row[];
  t: Messages;
  locale: Locale;
}) {
  return (
    <div className="grid-2 review-lists">
      <section className="panel" aria-labelledby="due-title">
        <h2 id="due-title">
          {t.review.dueInPeriod}
          {aside(due.length, t)}
        </h2>
        <RowList rows={due} empty={t.review.noneDue} testId="due-in-period" t={t} locale={locale} />
      </section>
      <section className="panel" aria-labelledby="lagging-title">
        <h2 id="lagging-title">
          {t.review.lagging}
          {aside(lagging.length, t)}
        </h2>
        <RowList rows={lagging} empty={t.review.noneLagging} testId="lagging" t={t} locale={locale} />
      </section>
    </div>
  );
}
