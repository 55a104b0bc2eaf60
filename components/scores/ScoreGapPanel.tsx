import type { SectionGapFieldsFragment } from "../../graphql/generated/client/graphql";
import { formatNumber } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { ScoreGapChart } from "../charts/ScoreGapChart";
import { signedScore } from "./ScoreTable";

/**
 * 自评 against 考核: per section, its self scores and the awarded scores of the same targets and the gap,
 * as a chart and as a table (which is also what is printed and read out by screen readers).
 */
export function ScoreGapPanel({ gaps, open, t, locale }: { gaps: SectionGapFieldsFragment[]; open: boolean; t: Messages; locale: Locale }) {
  const s = t.selfScore;
  const name = (g: SectionGapFieldsFragment) => g.section?.name ?? t.unassigned;
  return (
    <section
      className={`panel score-gaps${gaps.length === 0 ? " no-print" : ""}`}
      aria-labelledby="score-gaps-title"
      data-testid="score-gaps"
    >
      <h2 id="score-gaps-title">{s.chartTitle}</h2>
      <p className="muted small">
        {s.chartHint} {open ? s.openHint : s.closed}
      </p>
      {gaps.length === 0 ? (
        <p className="muted" data-testid="no-gaps">
          {s.noGaps}
        </p>
      ) : (
        <div className="grid-2">
          <ScoreGapChart data={gaps.map((g) => ({ name: name(g), gap: g.gap, compared: g.compared }))} label={s.gap} locale={locale} />
          <table className="data compact reflow" data-testid="gap-table">
            <thead>
              <tr>
                <th scope="col">{s.section}</th>
                <th scope="col" className="num">
                  {s.compared}
                </th>
                <th scope="col" className="num">
                  {s.selfTotal}
                </th>
                <th scope="col" className="num">
                  {s.awardedTotal}
                </th>
                <th scope="col" className="num">
                  {s.gap}
                </th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((g) => (
                <tr key={g.section?.id ?? "none"} data-testid="gap-row" data-section={name(g)} data-gap={g.gap}>
                  <th scope="row" className="cell-title">
                    {name(g)}
                  </th>
                  <td className="num" data-label={s.compared}>
                    {g.compared}
                  </td>
                  <td className="num" data-label={s.selfTotal}>
                    {formatNumber(g.selfTotal, locale, 2)}
                  </td>
                  <td className="num" data-label={s.awardedTotal}>
                    {formatNumber(g.awardedTotal, locale, 2)}
                  </td>
                  <td className={`num gap ${g.gap > 0 ? "gap-pos" : g.gap < 0 ? "gap-neg" : ""}`} data-label={s.gap}>
                    {signedScore(g.gap, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
