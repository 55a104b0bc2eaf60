import type { ReviewDispatchFieldsFragment } from "../../graphql/generated/client/graphql";
import { formatDate } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { DispatchList } from "./DispatchList";
import { labelled } from "../../lib/i18n/punctuation";

/** 本月调度清单 of a 月度调度: per section, what is open this month and not done, and the open notices. */
export function ReviewDispatch({ dispatch, t, locale }: { dispatch: ReviewDispatchFieldsFragment; t: Messages; locale: Locale }) {
  return (
    <section className="panel" aria-labelledby="dispatch-title" data-testid="dispatch">
      <h2 id="dispatch-title">{t.review.dispatch}</h2>
      <p className="muted">
        {t.review.dispatchHint} · {labelled(t.review.periodEnd, formatDate(dispatch.asOf, locale), t)}
      </p>
      {dispatch.sections.map((s) => (
        <div key={s.section?.id ?? "none"} className="dispatch-group" data-testid="dispatch-section" data-section={s.section?.name ?? ""}>
          <h3>{s.section?.name ?? t.unassigned}</h3>
          <DispatchList group={s} t={t} locale={locale} />
        </div>
      ))}
    </section>
  );
}
