import Link from "next/link";
import type { CityRowFieldsFragment } from "../../graphql/generated/client/graphql";
import { fill, formatNumber, formatPercent } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { ExternalAssessmentForm } from "./ExternalAssessmentForm";
import { gradeNote } from "../../lib/i18n/grade-text";
import { GradeBadge } from "./GradeSummary";

const STATUSES = ["DONE", "ON_TRACK", "BEHIND", "OVERDUE", "NOT_STARTED"] as const;

/** The cities ranked, one row each; the province's 考核组 records each city's external result in its row. */
export function CityRanking({ cities, year, t, locale }: { cities: CityRowFieldsFragment[]; year: number; t: Messages; locale: Locale }) {
  const c = t.province.col;
  const n = (v: number) => formatNumber(v, locale, 2);
  return (
    <div className="phone-scroll">
      <table className="table city-ranking" data-testid="city-ranking">
        <caption className="visually-hidden">{t.province.title}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {c.rank}
            </th>
            <th scope="col">{c.unit}</th>
            <th scope="col">{c.grade}</th>
            <th scope="col" className="num">
              {c.total}
            </th>
            <th scope="col">{t.province.areasTitle}</th>
            <th scope="col" className="num">
              {c.completion}
            </th>
            <th scope="col">{c.status}</th>
            <th scope="col" className="num">
              {c.onTime}
            </th>
            <th scope="col" className="num">
              {c.rectifications}
            </th>
            <th scope="col">{c.external}</th>
          </tr>
        </thead>
        <tbody>
          {cities.map((city) => {
            const note = gradeNote(city.grade, t);
            return (
              <tr key={city.unit.id} data-testid="city-row" data-unit={city.unit.name}>
                <td className="num" data-testid="rank">
                  {city.rank}
                </td>
                <th scope="row">
                  <Link href={`/plans/${city.plan.id}/scores`}>{city.unit.name}</Link>
                </th>
                <td>
                  <GradeBadge grade={city.grade} t={t} />
                  {note ? (
                    <div className="small warning-text" data-testid="grade-note">
                      {note}
                    </div>
                  ) : null}
                </td>
                <td className="num" data-testid="total">
                  {n(city.total)} / {n(city.grade.maximum)}
                </td>
                <td className="small area-scores">
                  {city.areas.map((a) => (
                    <div key={a.code}>
                      {fill(t.province.areaScore, { area: a.name, score: n(a.provinceScore ?? a.unitScore), max: n(a.maxPoints) })}
                    </div>
                  ))}
                </td>
                <td className="num">{formatPercent(city.completion, locale)}</td>
                <td className="nowrap">{STATUSES.map((s) => city.statusCounts[s]).join(" / ")}</td>
                <td className="num">{formatPercent(city.onTimeRate ?? null, locale)}</td>
                <td className="num">{city.openRectifications}</td>
                <td>
                  <div className="small" data-testid="external">
                    {city.grade.external
                      ? `${t.grade.result[city.grade.external.result]} · ${city.grade.external.documentRef}`
                      : t.grade.notRecorded}
                  </div>
                  {city.viewerCanAssess ? (
                    <ExternalAssessmentForm
                      unitId={city.unit.id}
                      unitName={city.unit.name}
                      year={year}
                      current={city.grade.external ?? null}
                      t={t}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
