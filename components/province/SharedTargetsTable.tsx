import type { ProvinceOverviewQuery } from "../../graphql/generated/client/graphql";
import { formatNumber, formatPercent } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";

type Overview = ProvinceOverviewQuery["provinceOverview"];

/** The same target across cities (e.g. 高新技术企业数量增长): each city's latest figure and completion side by side. */
export function SharedTargetsTable({ overview, t, locale }: { overview: Overview; t: Messages; locale: Locale }) {
  const cities = overview.cities.map((c) => c.unit);
  if (overview.sharedTargets.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="shared-title" data-testid="shared-targets">
      <h2 id="shared-title">{t.province.sharedTitle}</h2>
      <p className="muted small">{t.province.sharedIntro}</p>
      <div className="phone-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t.province.col.target}</th>
              {cities.map((c) => (
                <th scope="col" key={c.id} className="num">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview.sharedTargets.map((s) => (
              <tr key={s.title}>
                <th scope="row">{s.title}</th>
                {cities.map((c) => {
                  const cell = s.cells.find((x) => x.unitId === c.id);
                  return (
                    <td key={c.id} className="num">
                      {cell && cell.latestValue != null ? (
                        <>
                          {formatNumber(cell.latestValue, locale, 2)}
                          {s.measureUnit ?? ""} · {formatPercent(cell.ratio ?? null, locale)} · {t.status[cell.status]}
                        </>
                      ) : (
                        <span className="muted">{t.province.noValue}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
