import Link from "next/link";
import { fill, formatNumber } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import type { TargetRowFieldsFragment } from "../../graphql/generated/client/graphql";
import { CompletionBar } from "./CompletionBar";
import { OwnerList } from "./OwnerList";
import { StatusBadge } from "./StatusBadge";
import { statusHint } from "./status-hint";
import { latestValueText, targetValueText, windowText } from "./target-format";
import { aside } from "../../lib/i18n/punctuation";

interface AreaHeader {
  id: string;
  code: string;
  name: string;
  points: number;
}

/** Every target at the as-of date, grouped under its area as in the plan. */
export function TargetTable({
  rows,
  areas,
  asOf,
  t,
  locale,
}: {
  rows: TargetRowFieldsFragment[];
  areas?: AreaHeader[];
  asOf: string;
  t: Messages;
  locale: Locale;
}) {
  const groups = areas
    ? areas.map((a) => ({ area: a, rows: rows.filter((r) => r.target.areaId === a.id) })).filter((g) => g.rows.length)
    : [{ area: null, rows }];
  return (
    <table className="data reflow" data-testid="target-table">
      <thead>
        <tr>
          <th scope="col">{t.table.code}</th>
          <th scope="col">{t.table.target}</th>
          <th scope="col">{t.table.owner}</th>
          <th scope="col">{t.table.window}</th>
          <th scope="col" className="num">
            {t.table.targetValue}
          </th>
          <th scope="col" className="num">
            {t.table.latest}
          </th>
          <th scope="col">{t.table.completion}</th>
          <th scope="col">{t.table.status}</th>
          <th scope="col" className="num">
            {t.table.forecast}
          </th>
          <th scope="col" className="num">
            {t.table.points}
          </th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => [
          g.area ? (
            <tr className="area-row" key={`area-${g.area.id}`}>
              <td colSpan={10}>
                {g.area.code} {g.area.name}
                {aside(fill(t.pointsN, { points: formatNumber(g.area.points, locale) }), t)}
              </td>
            </tr>
          ) : null,
          ...g.rows.map((r) => (
            <tr key={r.target.id} data-testid="target-row" data-code={r.target.code} data-status={r.status} data-band={r.band}>
              <td className="cell-code">{r.target.code}</td>
              <td className="cell-title">
                <Link href={`/targets/${r.target.id}?asOf=${asOf}`} title={r.target.wording}>
                  {r.target.title}
                </Link>
                {r.target.applicability !== "ACTIVE" ? (
                  <span className="muted" data-testid="applicability">
                    {aside(t.applicability[r.target.applicability], t)}
                  </span>
                ) : null}
                {r.viewerCanRecord ? (
                  <Link
                    href={`/targets/${r.target.id}?asOf=${asOf}#${r.target.kind === "COUNT" ? "items-title" : "form-title"}`}
                    className="edit-tag"
                    data-testid="editable"
                  >
                    {r.target.kind === "COUNT" ? t.items.goToItems : t.form.title}
                  </Link>
                ) : null}
              </td>
              <td data-testid="owners" data-label={t.table.owner}>
                <OwnerList owners={r.target.owners} assignedIds={r.target.assignedOwnerIds} t={t} />
              </td>
              <td data-testid="window" data-label={t.table.window}>
                {windowText(r.target, t, locale)}
                {r.target.windowText && !r.target.window.specified ? <div className="muted">{r.target.windowText}</div> : null}
              </td>
              <td className="num" data-label={t.table.targetValue}>
                {targetValueText(r.target, t, locale)}
              </td>
              <td className="num" data-testid="latest" data-label={t.table.latest}>
                {latestValueText(r.target, r.value, r.growthPercent, t, locale)}
              </td>
              <td data-label={t.table.completion}>
                <CompletionBar ratio={r.ratio} locale={locale} />
              </td>
              <td data-label={t.table.status}>
                <StatusBadge status={r.status} band={r.band} hint={statusHint(r, t, locale)} t={t} />
              </td>
              <td className="num" data-label={t.table.forecast}>
                {r.forecast ? latestValueText(r.target, r.forecast.value, null, t, locale) : "—"}
              </td>
              <td className="num" data-label={t.table.points}>
                {formatNumber(r.target.points, locale)}
              </td>
            </tr>
          )),
        ])}
      </tbody>
    </table>
  );
}
