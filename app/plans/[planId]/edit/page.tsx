import Link from "next/link";
import { graphql } from "../../../../graphql/generated/client";
import { runOperation } from "../../../../graphql/execute";
import { AddTargetForm } from "../../../../components/plan-admin/AddTargetForm";
import { AreaSettingsForm } from "../../../../components/plan-admin/AreaSettingsForm";
import { fill } from "../../../../components/plan-admin/client-utils";
import { CopyPlanForm } from "../../../../components/plan-admin/CopyPlanForm";
import { TargetEditRow } from "../../../../components/plan-admin/TargetEditRow";
import { formatNumber } from "../../../../lib/i18n/format";
import { requirePageContext } from "../../../_lib/request-context";
import { aside, labelled, listSeparator } from "../../../../lib/i18n/punctuation";

const PlanEditorQuery = graphql(`
  query PlanEditorPage($planId: ID!) {
    planEditor(planId: $planId) {
      viewerCanEdit
      plan {
        id
        year
        title
        unitName
        totalPoints
      }
      copiedFrom {
        id
        year
        title
      }
      unitPlans {
        id
        year
        title
      }
      sections {
        id
        name
      }
      areas {
        id
        code
        name
        category
        points
        pointsSum
        pointsValid
        targets {
          ...EditableTargetFields
        }
      }
    }
  }
`);

/** 编辑计划: every target's settings in place, the areas' points, copying to next year, export. */
export default async function PlanEditPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { user, t, locale } = await requirePageContext(`/plans/${planId}/edit`);
  const { planEditor: e } = await runOperation(PlanEditorQuery, { planId }, user);
  const p = t.plans;
  const areaChoices = e.areas.map((a) => ({ id: a.id, code: a.code, name: a.name }));
  const nextYear = Math.max(...e.unitPlans.map((x) => x.year)) + 1;
  return (
    <div className="plan-editor">
      <h1>{labelled(p.editTitle, e.plan.title, t)}</h1>
      <p className="subtitle">
        {e.plan.unitName} · {fill(t.pointsN, { points: formatNumber(e.plan.totalPoints, locale) })}
        {e.copiedFrom ? (
          <>
            {" · "}
            {p.copiedFrom} <Link href={`/plans/${e.copiedFrom.id}/edit`}>{e.copiedFrom.title}</Link>
          </>
        ) : null}
      </p>
      <p className="no-print plan-links">
        <Link href={`/plans/${e.plan.id}`}>{p.backToDashboard}</Link>
        <a href={`/api/plans/${e.plan.id}/export?format=xlsx`} data-testid="export-xlsx">
          {p.exportXlsx}
        </a>
        <a href={`/api/plans/${e.plan.id}/export?format=csv`} data-testid="export-csv">
          {p.exportCsv}
        </a>
        <Link href={`/plans/${e.plan.id}/years`}>{p.yearsLink}</Link>
        {e.viewerCanEdit ? <Link href="/plans/import">{p.importNav}</Link> : null}
      </p>
      <p className="subtitle">{p.editIntro}</p>
      {e.unitPlans.length > 1 ? (
        <p className="small">
          {labelled(p.otherYears, "", t)}
          {e.unitPlans.map((x, i) => (
            <span key={x.id}>
              {i > 0 ? listSeparator(t) : ""}
              {x.id === e.plan.id ? <strong>{x.year}</strong> : <Link href={`/plans/${x.id}/edit`}>{x.year}</Link>}
            </span>
          ))}
        </p>
      ) : null}
      {e.viewerCanEdit ? (
        <section className="panel" aria-labelledby="copy-title">
          <h2 id="copy-title">{p.copyTitle}</h2>
          <p className="muted small" style={{ marginTop: 0 }}>
            {p.copyHint}
          </p>
          <CopyPlanForm planId={e.plan.id} defaultYear={nextYear} t={t} />
        </section>
      ) : (
        <p className="warning-note" role="note">
          {p.readOnly}
        </p>
      )}
      {e.areas.map((area) => (
        <section key={area.id} aria-labelledby={`area-${area.id}`} data-testid="editor-area" data-code={area.code}>
          <h2 id={`area-${area.id}`}>
            {area.code} {area.name}
            {aside(`${t.category[area.category]} · ${fill(t.pointsN, { points: formatNumber(area.points, locale) })}`, t)}
            {!area.pointsValid ? (
              <span className="warning" style={{ fontSize: 14, marginLeft: 8 }}>
                {fill(p.pointsSum, { sum: formatNumber(area.pointsSum, locale) })}
                {listSeparator(t, "comma")}
                {fill(p.pointsMismatch, { points: formatNumber(area.points, locale) })}
              </span>
            ) : null}
          </h2>
          <table className="data compact editor-table">
            <colgroup>
              <col className="c-code" />
              <col />
              <col className="c-kind" />
              <col className="c-window" />
              <col className="c-owner" />
              <col className="c-points" />
              <col className="c-reports" />
              <col className="c-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{p.code}</th>
                <th scope="col">{p.name}</th>
                <th scope="col">{p.kind}</th>
                <th scope="col">{p.window}</th>
                <th scope="col">{p.owners}</th>
                <th scope="col" className="num">
                  {p.points}
                </th>
                <th scope="col" className="num">
                  {p.reports}
                </th>
                <th scope="col">{p.actions}</th>
              </tr>
            </thead>
            <tbody>
              {area.targets.map((target, i) => (
                <TargetEditRow
                  key={`${target.id}-${target.version}`}
                  target={target}
                  sections={e.sections}
                  areas={areaChoices}
                  isFirst={i === 0}
                  isLast={i === area.targets.length - 1}
                  canEdit={e.viewerCanEdit}
                  t={t}
                  locale={locale}
                />
              ))}
            </tbody>
          </table>
          {e.viewerCanEdit ? (
            <div className="editor-extras">
              <details>
                <summary>{p.addTitle}</summary>
                <AddTargetForm areaId={area.id} sections={e.sections} t={t} />
              </details>
              <details>
                <summary>{p.areaSettings}</summary>
                <AreaSettingsForm
                  key={`${area.points}-${area.targets.map((x) => `${x.id}:${x.pointsOverride}`).join()}`}
                  area={area}
                  targets={area.targets}
                  t={t}
                />
              </details>
            </div>
          ) : null}
        </section>
      ))}
    </div>
  );
}
