import type { ScoreTotalFieldsFragment } from "../../graphql/generated/client/graphql";
import { formatNumber } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";

/** 工作业绩 / 科技投入与保障 / 总分, each with its maximum next to it. */
export function ScoreTotalCards({
  work,
  funding,
  overall,
  t,
  locale,
}: {
  work: ScoreTotalFieldsFragment;
  funding: ScoreTotalFieldsFragment;
  overall: ScoreTotalFieldsFragment;
  t: Messages;
  locale: Locale;
}) {
  const cards = [
    { key: "work", label: t.score.work, total: work },
    { key: "funding", label: t.score.funding, total: funding },
    { key: "overall", label: t.score.overall, total: overall },
  ];
  return (
    <div className="cards score-cards">
      {cards.map((c) => (
        <div className="card" key={c.key} data-testid={`card-${c.key}`} data-value={c.total.finalScore}>
          <div className="label">{c.label}</div>
          <div className="value">
            <span data-testid="score">{formatNumber(c.total.finalScore, locale, 2)}</span>
            <span className="max"> / {formatNumber(c.total.points, locale, 2)}</span>
          </div>
          {c.total.finalScore !== c.total.computedScore ? (
            <div className="muted small">
              {t.score.col.computed} {formatNumber(c.total.computedScore, locale, 2)}
            </div>
          ) : null}
        </div>
      ))}
    </div>
  );
}
