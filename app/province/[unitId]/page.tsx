import { graphql } from "../../../graphql/generated/client";
import { runOperation } from "../../../graphql/execute";
import { CityRanking } from "../../../components/province/CityRanking";
import { SharedTargetsTable } from "../../../components/province/SharedTargetsTable";
import { formatDate } from "../../../lib/i18n/format";
import { requirePageContext } from "../../_lib/request-context";

const ProvinceOverviewQuery = graphql(`
  query ProvinceOverview($unitId: ID!, $year: Int) {
    provinceOverview(unitId: $unitId, year: $year) {
      year
      asOf
      years
      unit {
        id
        name
      }
      cities {
        ...CityRowFields
      }
      sharedTargets {
        title
        measureUnit
        cells {
          unitId
          targetId
          ratio
          status
          latestValue
          finalScore
        }
      }
    }
  }
`);

/** 省厅's page: every city bureau's plan of a year side by side, ranked, with grades; XLSX export. */
export default async function ProvincePage({
  params,
  searchParams,
}: {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<{ year?: string }>;
}) {
  const { unitId } = await params;
  const { year } = await searchParams;
  const { user, t, locale } = await requirePageContext(`/province/${unitId}`);
  const wanted = year && /^\d{4}$/.test(year) ? Number(year) : null;
  const { provinceOverview: o } = await runOperation(ProvinceOverviewQuery, { unitId, year: wanted }, user);
  return (
    <div className="province-page">
      <h1>
        {o.unit.name} · {t.province.title}
      </h1>
      <p className="subtitle">
        {o.year} · {t.province.asOf} {formatDate(o.asOf, locale)}
      </p>
      <p className="muted small">{t.province.intro}</p>
      <form className="toolbar no-print" method="get">
        <label>
          {t.province.year}
          <select name="year" defaultValue={String(o.year)}>
            {o.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="secondary">
          {t.province.show}
        </button>
        <a className="button secondary" href={`/api/units/${o.unit.id}/province?year=${o.year}`} download data-testid="export-province">
          {t.province.exportXlsx}
        </a>
      </form>
      {o.cities.length === 0 ? (
        <p className="muted">{t.province.none}</p>
      ) : (
        <CityRanking cities={o.cities} year={o.year} t={t} locale={locale} />
      )}
      <SharedTargetsTable overview={o} t={t} locale={locale} />
    </div>
  );
}
