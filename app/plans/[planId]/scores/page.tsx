import Link from "next/link";
import { graphql } from "../../../../graphql/generated/client";
import { runOperation } from "../../../../graphql/execute";
import { AsOfPicker } from "../../../../components/dashboard/AsOfPicker";
import { PrintButton } from "../../../../components/scores/PrintButton";
import { ScoreGapPanel } from "../../../../components/scores/ScoreGapPanel";
import { ScoreTable } from "../../../../components/scores/ScoreTable";
import { ScoreTotalCards } from "../../../../components/scores/ScoreTotalCards";
import { ScoringConfigPanel } from "../../../../components/scores/ScoringConfigPanel";
import { GradeBandsForm } from "../../../../components/province/GradeBandsForm";
import { GradeSummary } from "../../../../components/province/GradeSummary";
import { ProvinceScorePanel } from "../../../../components/province/ProvinceScorePanel";
import { formatDate } from "../../../../lib/i18n/format";
import { todayIso } from "../../../../lib/server/db-dates";
import { requirePageContext } from "../../../_lib/request-context";
import { labelled } from "../../../../lib/i18n/punctuation";

const ScoreSheetQuery = graphql(`
  query ScoreSheet($planId: ID!, $asOf: Date) {
    scoreSheet(planId: $planId, asOf: $asOf) {
      asOf
      scoreFloor
      viewerCanScore
      selfAssessmentOpen
      grade {
        ...SheetGradeFields
      }
      sectionGaps {
        ...SectionGapFields
      }
      plan {
        id
        year
        title
        unitName
      }
      work {
        ...ScoreTotalFields
      }
      funding {
        ...ScoreTotalFields
      }
      overall {
        ...ScoreTotalFields
      }
      areas {
        id
        code
        name
        category
        points
        maxPoints
        pointsSum
        weightsValid
        subtotal {
          ...ScoreTotalFields
        }
        rows {
          ...ScoreRowFields
          ...ProvinceScoreRowFields
        }
      }
    }
  }
`);

/** 年终考评计分表: every target scored as the year ended, with area subtotals and the 480 / 200 / 680 totals. */
export default async function ScoreSheetPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<{ asOf?: string }>;
}) {
  const { planId } = await params;
  const { asOf } = await searchParams;
  const { user, t, locale } = await requirePageContext(`/plans/${planId}/scores`);
  const { scoreSheet: s } = await runOperation(ScoreSheetQuery, { planId, asOf: asOf || null }, user);
  const exportHref = (format: string) => `/api/plans/${s.plan.id}/scores?format=${format}&asOf=${s.asOf}`;
  return (
    <div className="score-page">
      <div className="print-only print-header" data-testid="print-header">
        <strong>
          {s.plan.title} · {t.score.title}
        </strong>
        <span>
          {labelled(t.score.asOf, formatDate(s.asOf, locale), t)} · {labelled(t.score.printedOn, formatDate(todayIso(), locale), t)}
        </span>
      </div>
      <p className="no-print">
        <Link href={`/plans/${s.plan.id}`}>← {s.plan.title}</Link>
      </p>
      <h1>{t.score.title}</h1>
      <p className="subtitle">
        {s.plan.unitName} · {s.plan.title} · {t.score.asOf} {formatDate(s.asOf, locale)}
      </p>
      <div className="toolbar no-print">
        <AsOfPicker year={s.plan.year} asOf={s.asOf} t={t} />
        <a className="button secondary" href={exportHref("xlsx")} download data-testid="export-xlsx">
          {t.score.exportXlsx}
        </a>
        <a className="button secondary" href={exportHref("csv")} download data-testid="export-csv">
          {t.score.exportCsv}
        </a>
        <PrintButton label={t.score.print} />
      </div>
      <ScoreTotalCards work={s.work} funding={s.funding} overall={s.overall} t={t} locale={locale} />
      {s.overall.pending > 0 ? (
        <p className="warning-note" role="note">
          {t.score.pendingNote}
        </p>
      ) : null}
      <GradeSummary grade={s.grade} t={t} locale={locale} />
      <ScoreGapPanel gaps={s.sectionGaps} open={s.selfAssessmentOpen} t={t} locale={locale} />
      <div className="phone-scroll">
        <ScoreTable sheet={s} t={t} locale={locale} />
      </div>
      <ProvinceScorePanel rows={s.areas.flatMap((a) => a.rows)} t={t} locale={locale} />
      <div className="print-only signature-block" data-testid="score-signatures">
        <p>
          {t.score.signAssessors}
          <span className="sign-line" aria-hidden="true" />
        </p>
        <p>
          {t.score.signDate}
          <span className="sign-line" aria-hidden="true" />
        </p>
      </div>
      {s.viewerCanScore ? <GradeBandsForm planId={s.plan.id} bands={s.grade.bands} t={t} /> : null}
      {s.viewerCanScore ? (
        <ScoringConfigPanel
          planId={s.plan.id}
          scoreFloor={s.scoreFloor}
          areas={s.areas.map((a) => ({
            id: a.id,
            name: a.name,
            points: a.points,
            targets: a.rows.map((r) => ({
              id: r.progress.target.id,
              code: r.progress.target.code,
              title: r.progress.target.title,
              kind: r.progress.target.kind,
              configuredRule: r.configuredRule ?? null,
              configuredFloor: r.configuredFloor ?? null,
              pointsOverride: r.pointsOverride ?? null,
            })),
          }))}
          t={t}
        />
      ) : null}
    </div>
  );
}
