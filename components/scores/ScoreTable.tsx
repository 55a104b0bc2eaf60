import Link from "next/link";
import type { ScoreSheetQuery, ScoreTotalFieldsFragment } from "../../graphql/generated/client/graphql";
import { fill, formatNumber, formatPercent } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { OwnerList } from "../targets/OwnerList";
import { latestValueText, targetValueText, windowText } from "../targets/target-format";
import { AdjustScoreControl } from "./AdjustScoreControl";
import { DeclaredScoreForm } from "./DeclaredScoreForm";
import { SelfScoreForm } from "./SelfScoreForm";
import { aside, brackets, labelled, listSeparator } from "../../lib/i18n/punctuation";

type Sheet = ScoreSheetQuery["scoreSheet"];
type Row = Sheet["areas"][number]["rows"][number];

const score = (n: number, locale: Locale) => formatNumber(n, locale, 2);

/** +3.33 / −2 / 0: a gap says which way the section's self-assessment leans. */
export function signedScore(n: number | null | undefined, locale: Locale): string {
  if (n === null || n === undefined) return "—";
  const text = formatNumber(Math.abs(n), locale, 2);
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text;
}

const gapClass = (n: number | null | undefined) =>
  n === null || n === undefined || n === 0 ? "gap" : n > 0 ? "gap gap-pos" : "gap gap-neg";

function RuleCell({ row, t, locale }: { row: Row; t: Messages; locale: Locale }) {
  return (
    <>
      {t.score.rule[row.rule]}
      {row.rule === "PROPORTIONAL" ? (
        <span className="muted small" title={fill(t.score.floorNote, { floor: formatPercent(row.floor, locale) })}>
          {" "}
          {fill(t.score.floorShort, { floor: formatPercent(row.floor, locale) })}
        </span>
      ) : null}
      <div className="muted small" data-testid="basis">
        {t.score.basis[row.basis]}
      </div>
      {row.basis === "INACTIVE" ? (
        <div className="inactive-note" data-testid="inactive">
          <span className="badge status-INACTIVE">{t.selfScore.inactive}</span>{" "}
          <span className="small">
            {t.applicability[row.progress.target.applicability]}
            {row.progress.target.applicabilityReason ? `${listSeparator(t, "colon")}${row.progress.target.applicabilityReason}` : ""}
          </span>
        </div>
      ) : null}
    </>
  );
}

/**
 * The score sheet as the assessment team prints it: targets under their area, a subtotal per area, then
 * 工作业绩, 科技投入与保障 and 总分 with their maximum. Next to the awarded (final, 考核得分) score the owning
 * section's self score, the gap and its justification (after the assessors' adjustment reason); a section head enters theirs in the 自评分 cell while the
 * year-end review is open. Assessors get the scoring controls in the last column (not printed).
 */
export function ScoreTable({ sheet, t, locale }: { sheet: Sheet; t: Messages; locale: Locale }) {
  const canScore = sheet.viewerCanScore;
  const self = t.selfScore;
  const columns = canScore ? 16 : 15;
  /** 自评分 and 差值 of a subtotal or total line: the self scores entered and the sum of their gaps. */
  const selfCells = (total: ScoreTotalFieldsFragment) => (
    <>
      <td />
      <td className="num" data-testid="self">
        {total.selfScore != null ? score(total.selfScore, locale) : ""}
      </td>
      <td className={`num ${gapClass(total.gap)}`} data-testid="gap">
        {total.gap != null ? signedScore(total.gap, locale) : ""}
      </td>
      <td colSpan={canScore ? 2 : 1} />
    </>
  );
  const totalRow = (key: string, label: string, total: ScoreTotalFieldsFragment) => (
    <tr className={`total-row total-${key}`} key={key} data-testid={`total-${key}`} data-value={total.finalScore}>
      <th scope="row" colSpan={8}>
        {label}
        <span className="muted">{aside(`${t.score.outOf} ${score(total.points, locale)}`, t)}</span>
      </th>
      <td className="num">{score(total.points, locale)}</td>
      <td className="num">{score(total.computedScore, locale)}</td>
      <td className="num" data-testid="final">
        {score(total.finalScore, locale)}
      </td>
      {selfCells(total)}
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
          <th scope="col" className="num">
            {t.score.col.targetValue}
          </th>
          <th scope="col" className="num">
            {t.score.col.value}
          </th>
          <th scope="col" className="num">
            {t.score.col.completion}
          </th>
          <th scope="col">{t.score.col.rule}</th>
          <th scope="col" className="num">
            {t.score.col.points}
          </th>
          <th scope="col" className="num">
            {t.score.col.computed}
          </th>
          <th scope="col" className="num">
            {t.score.col.final}
            <div className="small muted">{aside(self.awarded, t)}</div>
          </th>
          <th scope="col">{t.score.col.reason}</th>
          <th scope="col" className="num self-col">
            {self.self}
          </th>
          <th scope="col" className="num self-col">
            {self.gap}
          </th>
          <th scope="col" className="self-col">
            {self.justification}
          </th>
          {canScore ? (
            <th scope="col" className="no-print">
              {t.score.col.actions}
            </th>
          ) : null}
        </tr>
      </thead>
      {sheet.areas.map((a) => (
        <tbody key={a.id} data-testid="score-area" data-area={a.name}>
          <tr className="area-row">
            <td colSpan={columns}>
              {a.code} {a.name}
              {brackets(t).open}
              {fill(t.pointsN, { points: formatNumber(a.points, locale) })}
              {a.maxPoints !== a.points ? (
                <span data-testid="area-max">
                  {listSeparator(t, "comma")}
                  {fill(self.maxPoints, { max: formatNumber(a.maxPoints, locale) })}
                </span>
              ) : null}
              {brackets(t).close}
              {a.weightsValid ? null : (
                <span className="warning">
                  {" "}
                  {fill(t.score.weightsInvalid, { sum: formatNumber(a.pointsSum, locale), points: formatNumber(a.points, locale) })}
                </span>
              )}
            </td>
          </tr>
          {a.rows.map((r) => {
            const target = r.progress.target;
            const inactive = r.basis === "INACTIVE";
            const hasSelf = r.selfScore !== null && r.selfScore !== undefined;
            return (
              <tr
                key={target.id}
                data-testid="score-row"
                data-code={target.code}
                data-final={r.finalScore}
                data-self={hasSelf ? r.selfScore! : ""}
                data-gap={r.gap ?? ""}
                data-basis={r.basis}
                className={inactive ? "inactive-row" : undefined}
              >
                <td className="nowrap">{target.code}</td>
                <td className="title-cell">
                  <Link href={`/targets/${target.id}?asOf=${sheet.asOf}`} title={target.wording}>
                    {target.title}
                  </Link>
                </td>
                <td className="owner-cell">
                  <OwnerList owners={target.owners} t={t} />
                </td>
                <td className="window-cell">{windowText(target, t, locale)}</td>
                <td className="num">{targetValueText(target, t, locale)}</td>
                <td className="num value-cell">
                  {target.kind === "DECLARATION" ? (
                    r.declaredScore === null || r.declaredScore === undefined ? (
                      <span className="badge status-BEHIND">{t.score.pending}</span>
                    ) : (
                      `${t.score.declared} ${score(r.declaredScore, locale)}`
                    )
                  ) : (
                    latestValueText(target, r.progress.value, r.progress.growthPercent, t, locale)
                  )}
                </td>
                <td className="num">{target.kind === "DECLARATION" ? "—" : formatPercent(r.progress.ratio, locale)}</td>
                <td className="rule-cell">
                  <RuleCell row={r} t={t} locale={locale} />
                </td>
                <td className="num">{score(r.points, locale)}</td>
                <td className="num" data-testid="computed">
                  {score(r.computedScore, locale)}
                </td>
                <td className="num final" data-testid="final">
                  <strong>{score(r.finalScore, locale)}</strong>
                  {r.adjustedScore !== null && r.adjustedScore !== undefined ? (
                    <div className="edit-tag adjusted">{t.score.adjusted}</div>
                  ) : null}
                </td>
                <td className="reason-cell" data-testid="reason">
                  {r.reason}
                  {r.reason && r.updatedBy ? <div className="muted small">{labelled(t.score.by, r.updatedBy.displayName, t)}</div> : null}
                </td>
                <td className="num self-cell" data-testid="self">
                  {inactive ? <span className="muted">{self.inactive}</span> : hasSelf ? score(r.selfScore!, locale) : "—"}
                  {r.viewerCanSelfAssess && sheet.selfAssessmentOpen ? (
                    <SelfScoreForm
                      targetId={target.id}
                      code={target.code}
                      points={r.points}
                      selfScore={r.selfScore ?? null}
                      justification={r.selfJustification ?? null}
                      selfVersion={r.selfVersion}
                      t={t}
                    />
                  ) : null}
                </td>
                <td className={`num ${gapClass(r.gap)}`} data-testid="gap">
                  {signedScore(r.gap, locale)}
                </td>
                <td className="justification-cell" data-testid="justification">
                  {r.selfJustification ? <span className="pre-line">{r.selfJustification}</span> : null}
                  {hasSelf && r.selfBy ? <div className="muted small">{labelled(self.by, r.selfBy.displayName, t)}</div> : null}
                </td>
                {canScore ? (
                  <td className="no-print score-actions">
                    {r.rule === "DECLARATION" ? (
                      <DeclaredScoreForm
                        targetId={target.id}
                        version={r.version}
                        points={r.points}
                        declaredScore={r.declaredScore ?? null}
                        t={t}
                      />
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
            {selfCells(a.subtotal)}
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
