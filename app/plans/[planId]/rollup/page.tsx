import Link from "next/link";
import { graphql } from "../../../../graphql/generated/client";
import { runOperation } from "../../../../graphql/execute";
import { AsOfPicker } from "../../../../components/dashboard/AsOfPicker";
import { RollupBarChart } from "../../../../components/plan-admin/RollupBarChart";
import { StatusBadge } from "../../../../components/targets/StatusBadge";
import { StatusLegend } from "../../../../components/targets/StatusLegend";
import { fill, formatDate, formatNumber, formatPercent } from "../../../../lib/i18n/format";
import { requirePageContext } from "../../../_lib/request-context";
import { aside, labelled } from "../../../../lib/i18n/punctuation";

const PlanRollupsQuery = graphql(`
  query PlanRollupsPage($planId: ID!, $asOf: Date) {
    planRollups(planId: $planId, asOf: $asOf) {
      asOf
      plan {
        id
        year
        title
        unitName
        behindMargin
      }
      rollups {
        rollupKey
        total
        ratio
        countiesTargetValue
        reportedCount
        gap {
          difference
          share
          agreement
          missingCounties
        }
        city {
          status
          value
          reportedFor
          target {
            id
            code
            title
            measureUnit
            targetValue
          }
        }
        counties {
          unitId
          unitName
          planId
          targetId
          code
          targetValue
          measureUnit
          value
          reportedFor
          ratio
          readable
        }
      }
    }
    unitTree {
      id
      name
      level
      children {
        id
        name
        level
        plans {
          id
          year
        }
      }
      plans {
        id
        year
      }
    }
  }
`);

/** 县（市、区）汇总: each city target fed by county figures, the counties' latest values as of a date. */
export default async function PlanRollupPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<{ asOf?: string }>;
}) {
  const { planId } = await params;
  const { asOf } = await searchParams;
  const { user, t, locale } = await requirePageContext(`/plans/${planId}/rollup`);
  const { planRollups: r, unitTree } = await runOperation(PlanRollupsQuery, { planId, asOf: asOf || null }, user);
  const p = t.plans;
  const num = (v: number | null | undefined, unit: string | null | undefined) =>
    v == null ? "—" : `${formatNumber(v, locale)}${unit ?? ""}`;
  return (
    <>
      <h1>{labelled(p.rollupTitle, r.plan.title, t)}</h1>
      <p className="subtitle">
        {r.plan.unitName} · {p.rollupIntro}
      </p>
      <p className="no-print plan-links">
        <Link href={`/plans/${r.plan.id}?asOf=${r.asOf}`}>{p.backToDashboard}</Link>
      </p>
      <AsOfPicker year={r.plan.year} asOf={r.asOf} t={t} />
      {r.rollups.length === 0 ? (
        <p className="warning-note">{p.noRollups}</p>
      ) : (
        <StatusLegend behindMargin={r.plan.behindMargin} t={t} locale={locale} />
      )}
      {r.rollups.map((roll) => {
        const unit = roll.city.target.measureUnit;
        return (
          <section
            key={roll.city.target.id}
            className="panel rollup"
            aria-labelledby={`rollup-${roll.city.target.id}`}
            data-testid="rollup"
            data-key={roll.rollupKey}
          >
            <h2 id={`rollup-${roll.city.target.id}`}>
              <Link href={`/targets/${roll.city.target.id}?asOf=${r.asOf}`}>{roll.city.target.code}</Link> {roll.city.target.title}
            </h2>
            <div className="cards">
              <div className="card">
                <div className="label">{p.countiesTotal}</div>
                <div className="value" data-testid="rollup-total">
                  {num(roll.total, unit)}
                </div>
                <div className="small muted">
                  {formatPercent(roll.ratio, locale)} {p.ofCityTarget}
                  {aside(num(roll.city.target.targetValue, unit), t)}
                </div>
              </div>
              <div className="card">
                <div className="label">{p.cityReported}</div>
                <div className="value" data-testid="rollup-city">
                  {num(roll.city.value, unit)}
                  {roll.gap && roll.gap.agreement !== "AGREES" ? (
                    <span className="badge status-BEHIND" style={{ marginLeft: 6 }} data-testid="rollup-differs">
                      {t.rollupGap.differs}
                    </span>
                  ) : null}
                </div>
                <div className="small">
                  <StatusBadge status={roll.city.status} t={t} /> {roll.city.reportedFor ? formatDate(roll.city.reportedFor, locale) : ""}
                </div>
              </div>
              <div className="card">
                <div className="label">{p.countiesTarget}</div>
                <div className="value">{num(roll.countiesTargetValue, unit)}</div>
              </div>
              <div className="card">
                <div className="label">{p.reported}</div>
                <div className="value">
                  {roll.reportedCount}/{roll.counties.length}
                </div>
              </div>
            </div>
            {roll.gap ? (
              <p
                className={roll.gap.agreement === "AGREES" ? "muted small" : "warning-note"}
                role={roll.gap.agreement === "AGREES" ? undefined : "note"}
                data-testid="rollup-difference"
                data-agreement={roll.gap.agreement}
              >
                {roll.gap.agreement === "AGREES"
                  ? fill(t.rollupGap.agrees, { city: num(roll.city.value, unit) })
                  : fill(roll.gap.agreement === "CITY_HIGHER" ? t.rollupGap.cityHigher : t.rollupGap.cityLower, {
                      city: num(roll.city.value, unit),
                      total: num(roll.total, unit),
                      difference: num(Math.abs(roll.gap.difference), unit),
                      share: formatPercent(roll.gap.share == null ? null : Math.abs(roll.gap.share), locale),
                    })}
                {roll.gap.missingCounties > 0 ? fill(t.rollupGap.missing, { n: roll.gap.missingCounties }) : null}
              </p>
            ) : null}
            <div className="grid-2" style={{ marginTop: 12 }}>
              <RollupBarChart
                id="rollup-chart"
                valueLabel={p.latest}
                targetLabel={p.targetValue}
                unit={unit ?? ""}
                data={roll.counties.map((c) => ({
                  name: c.unitName.replace(/科技局|（演示）/g, ""),
                  value: c.value ?? null,
                  target: c.targetValue ?? null,
                }))}
                locale={locale}
              />
              <table className="data compact reflow" data-testid="rollup-table" style={{ alignSelf: "start" }}>
                <thead>
                  <tr>
                    <th scope="col">{p.county}</th>
                    <th scope="col" className="num">
                      {p.targetValue}
                    </th>
                    <th scope="col" className="num">
                      {p.latest}
                    </th>
                    <th scope="col">{p.reportedFor}</th>
                    <th scope="col" className="num">
                      {p.completion}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {roll.counties.map((c) => (
                    <tr key={`${c.unitId}-${c.targetId ?? ""}`} data-testid="rollup-county" data-unit={c.unitName}>
                      <td className="cell-title">
                        {c.readable && c.planId ? <Link href={`/plans/${c.planId}?asOf=${r.asOf}`}>{c.unitName}</Link> : c.unitName}
                        {c.planId === null ? <div className="muted small">{p.noPlan}</div> : null}
                      </td>
                      <td className="num" data-label={p.targetValue}>
                        {num(c.targetValue, c.measureUnit)}
                      </td>
                      <td className="num" data-label={p.latest}>
                        {c.value === null ? <span className="muted">{p.noReport}</span> : num(c.value, c.measureUnit)}
                      </td>
                      <td data-label={p.reportedFor}>{c.reportedFor ? formatDate(c.reportedFor, locale) : "—"}</td>
                      <td className="num" data-label={p.completion}>
                        {formatPercent(c.ratio, locale)}
                      </td>
                    </tr>
                  ))}
                  <tr className="area-row">
                    <td className="cell-title">{p.total}</td>
                    <td className="num" data-label={p.targetValue}>
                      {num(roll.countiesTargetValue, unit)}
                    </td>
                    <td className="num" data-label={p.latest}>
                      {num(roll.total, unit)}
                    </td>
                    <td />
                    <td className="num" data-label={p.completion}>
                      {formatPercent(roll.ratio, locale)}
                    </td>
                  </tr>
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      <section aria-labelledby="unit-tree" style={{ marginTop: 24 }}>
        <h2 id="unit-tree">{t.units.tree}</h2>
        <ul className="unit-tree" data-testid="unit-tree">
          {unitTree.map((u) => (
            <li key={u.id}>
              <strong>{u.name}</strong>
              {aside(t.units[u.level], t)}
              <PlanLinks plans={u.plans} empty={t.units.noPlans} />
              {u.children.length ? (
                <ul>
                  {u.children.map((c) => (
                    <li key={c.id}>
                      {c.name}
                      {aside(t.units[c.level], t)}
                      <PlanLinks plans={c.plans} empty={t.units.noPlans} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function PlanLinks({ plans, empty }: { plans: { id: string; year: number }[]; empty: string }) {
  if (plans.length === 0) return <span className="muted small"> {empty}</span>;
  return (
    <span className="small">
      {" "}
      {plans.map((pl, i) => (
        <span key={pl.id}>
          {i > 0 ? " · " : ""}
          <Link href={`/plans/${pl.id}`}>{pl.year}</Link>
        </span>
      ))}
    </span>
  );
}
