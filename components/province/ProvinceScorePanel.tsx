import type { ProvinceScoreRowFieldsFragment } from "../../graphql/generated/client/graphql";
import { formatNumber } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { ProvinceScoreForm } from "./ProvinceScoreForm";

/**
 * 省厅评分 of a city's plan: shown to the province's 考核组 (with a form per target) and, once the province has scored,
 * to everyone who reads the sheet. Nothing for a plan nobody above scores.
 */
export function ProvinceScorePanel({ rows, t, locale }: { rows: ProvinceScoreRowFieldsFragment[]; t: Messages; locale: Locale }) {
  const canScore = rows.some((r) => r.viewerCanProvinceScore);
  if (!canScore && rows.every((r) => r.provinceScore === null)) return null;
  const m = t.provinceScore;
  const n = (v: number | null) => (v === null ? m.none : formatNumber(v, locale, 2));
  return (
    <section className="panel" aria-labelledby="province-score-title" data-testid="province-scores">
      <h2 id="province-score-title">{m.title}</h2>
      <p className="muted small">{m.intro}</p>
      <div className="phone-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{m.col.code}</th>
              <th scope="col">{m.col.target}</th>
              <th scope="col" className="num">
                {m.col.points}
              </th>
              <th scope="col" className="num">
                {m.col.city}
              </th>
              <th scope="col">{m.col.province}</th>
            </tr>
          </thead>
          <tbody>
            {rows
              .filter((r) => r.basis !== "INACTIVE")
              .map((r) => (
                <tr key={r.progress.target.id} data-testid="province-score-row" data-code={r.progress.target.code}>
                  <td className="nowrap">{r.progress.target.code}</td>
                  <td>{r.progress.target.title}</td>
                  <td className="num">{formatNumber(r.points, locale, 2)}</td>
                  <td className="num">{formatNumber(r.finalScore, locale, 2)}</td>
                  <td>
                    {r.viewerCanProvinceScore ? (
                      <ProvinceScoreForm
                        targetId={r.progress.target.id}
                        code={r.progress.target.code}
                        score={r.provinceScore ?? null}
                        reason={r.provinceReason ?? null}
                        version={r.provinceVersion}
                        t={t}
                      />
                    ) : (
                      <span data-testid="province-score">
                        {n(r.provinceScore ?? null)}
                        {r.provinceReason ? <span className="muted small"> · {r.provinceReason}</span> : null}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
