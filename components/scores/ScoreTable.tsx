import Link from "next/link";
import type { ScoreSheetQuery, ScoreTotalFieldsFragment } from "../../graphql/generated/client/graphql";
import { formatNumber, formatPercent } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { OwnerList } from "../targets/OwnerList";
import { latestValueText, targetValueText, windowText } from "../targets/target-format";
import { AdjustScoreControl } from "./AdjustScoreControl";
import { DeclaredScoreForm } from "./DeclaredScoreForm";

type Sheet = ScoreSheetQuery["scoreSheet"];
type Row = Sheet["areas"][number]["rows"][number];

const score = (n: number, locale: Locale) => formatNumber(n, locale, 2);

function RuleCell({ row, t, locale }: { row: Row; t: Messages; locale: Locale }) {
  return (
    <>
      {t.score.rule[row.rule]}
      {row.rule === "PROPORTIONAL" ? (
        <span className="muted small" title={t.score.floorNote.replace("{floor}", formatPercent(row.floor, locale))}>
          {" "}
          {t.score.floorShort.replace("{floor}", formatPercent(row.floor, locale))}
        </span>
      ) : null}
      <div className="muted small" data-testid="basis">{t.score.basis[row.basis]}</div>
    </>
  );
}

/**
 * The score sheet as the assessment team prints it: targets under their area, a subtotal per area, then
 * 工作业绩, 科技投入与保障 and 总分 with their maximum. Assessors get the scoring controls in the last
 * column (not printed).
 */
export function ScoreTable({ sheet, t, locale }: { sheet: Sheet; t: Messages; locale: Locale }) {
  const canScore = sheet.viewerCanScore;
  const columns = canScore ? 13 : 12;
  const totalRow = (key: string, label: string, total: ScoreTotalFieldsFragment) => (
    <tr className={`total-row total-${key}`} key={key} data-testid={`total-${key}`} data-value={total.finalScore}>
      <th scope="row" colSpan={8}>
        {label}
        <span className="muted">（{t.score.outOf} {score(total.points, locale)}）</span>
      </th>
      <td className="num">{score(total.points, locale)}</td>
      <td className="num">{score(total.computedScore, locale)}</td>
      <td className="num" data-testid="final">{score(total.finalScore, locale)}</td>
      <td colSpan={canScore ? 2 : 1} />
    </tr>
  );
  return (
    <table className="data score-sheet" data-testid="score-table">
      <thead>
        <tr>
          <th scope="col">{t.score.col.code}</th>
          <th scope="col">{t.score.col.target}</th>
          <th scope="col">{t.score.col.owner}</th>
          <th scope="col">{t.score.col.window}</th>
          <th scope="col" className="num">{t.score.col.targetValue}</th>
          <th scope="col" className="num">{t.score.col.value}</th>
          <th scope="col" className="num">{t.score.col.completion}</th>
          <th scope="col">{t.score.col.rule}</th>
          <th scope="col" className="num">{t.score.col.points}</th>
          <th scope="col" className="num">{t.score.col.computed}</th>
          <th scope="col" className="num">{t.score.col.final}</th>
          <th scope="col">{t.score.col.reason}</th>
          {canScore ? <th scope="col" className="no-print">{t.score.col.actions}</th> : null}
        </tr>
      </thead>
      {sheet.areas.map((a) => (
        <tbody key={a.id} data-testid="score-area" data-area={a.name}>
          <tr className="area-row">
            <td colSpan={columns}>
              {a.code} {a.name}（{formatNumber(a.points, locale)}分）
              {a.weightsValid ? null : (
                <span className="warning">
                  {" "}
                  {t.score.weightsInvalid.replace("{sum}", formatNumber(a.pointsSum, locale)).replace("{points}", formatNumber(a.points, locale))}
                </span>
              )}
            </td>
          </tr>
          {a.rows.map((r) => {
            const target = r.progress.target;
            return (
              <tr key={target.id} data-testid="score-row" data-code={target.code} data-final={r.finalScore}>
                <td className="nowrap">{target.code}</td>
                <td className="title-cell">
                  <Link href={`/targets/${target.id}?asOf=${sheet.asOf}`} title={target.wording}>
                    {target.title}
                  </Link>
                </td>
                <td className="owner-cell"><OwnerList owners={target.owners} t={t} /></td>
                <td className="window-cell">{windowText(target, t, locale)}</td>
                <td className="num">{targetValueText(target, t, locale)}</td>
                <td className="num">
                  {target.kind === "DECLARATION"
                    ? r.declaredScore === null || r.declaredScore === undefined
                      ? <span className="badge status-BEHIND">{t.score.pending}</span>
                      : `${t.score.declared} ${score(r.declaredScore, locale)}`
                    : latestValueText(target, r.progress.value, r.progress.growthPercent, t, locale)}
                </td>
                <td className="num">{target.kind === "DECLARATION" ? "—" : formatPercent(r.progress.ratio, locale)}</td>
                <td className="rule-cell"><RuleCell row={r} t={t} locale={locale} /></td>
                <td className="num">{score(r.points, locale)}</td>
                <td className="num" data-testid="computed">{score(r.computedScore, locale)}</td>
                <td className="num final" data-testid="final">
                  <strong>{score(r.finalScore, locale)}</strong>
                  {r.adjustedScore !== null && r.adjustedScore !== undefined ? <div className="edit-tag adjusted">{t.score.adjusted}</div> : null}
                </td>
                <td className="reason-cell" data-testid="reason">
                  {r.reason}
                  {r.reason && r.updatedBy ? <div className="muted small">{t.score.by}：{r.updatedBy.displayName}</div> : null}
                </td>
                {canScore ? (
                  <td className="no-print score-actions">
                    {r.rule === "DECLARATION" ? (
                      <DeclaredScoreForm targetId={target.id} version={r.version} points={r.points} declaredScore={r.declaredScore ?? null} t={t} />
                    ) : null}
                    <AdjustScoreControl
                      targetId={target.id}
                      version={r.version}
                      points={r.points}
                      computedScore={r.computedScore}
                      adjustedScore={r.adjustedScore ?? null}
                      t={t}
                    />
                  </td>
                ) : null}
              </tr>
            );
          })}
          <tr className="subtotal-row" data-testid="subtotal" data-value={a.subtotal.finalScore}>
            <th scope="row" colSpan={8}>
              {a.name} {t.score.subtotal}
            </th>
            <td className="num">{score(a.pointsSum, locale)}</td>
            <td className="num">{score(a.subtotal.computedScore, locale)}</td>
            <td className="num">{score(a.subtotal.finalScore, locale)}</td>
            <td colSpan={canScore ? 2 : 1} />
          </tr>
        </tbody>
      ))}
      <tfoot>
        {totalRow("work", t.score.work, sheet.work)}
        {totalRow("funding", t.score.funding, sheet.funding)}
        {totalRow("overall", t.score.overall, sheet.overall)}
      </tfoot>
    </table>
  );
}
