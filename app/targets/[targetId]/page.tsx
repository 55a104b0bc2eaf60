import Link from "next/link";
import { graphql } from "../../../graphql/generated/client";
import { runOperation } from "../../../graphql/execute";
import { AsOfPicker } from "../../../components/dashboard/AsOfPicker";
import { TargetProgressChart } from "../../../components/charts/TargetProgressChart";
import { CountItemForm } from "../../../components/items/CountItemForm";
import { CountItemTable } from "../../../components/items/CountItemTable";
import { EntryHistory } from "../../../components/progress/EntryHistory";
import { NoChangeButton } from "../../../components/progress/NoChangeButton";
import { ProgressEntryForm } from "../../../components/progress/ProgressEntryForm";
import { ApplicabilityControl } from "../../../components/targets/ApplicabilityControl";
import { MonthLockSummary } from "../../../components/targets/MonthLockSummary";
import { TargetFacts } from "../../../components/targets/TargetFacts";
import { StatusLegend } from "../../../components/targets/StatusLegend";
import { ThresholdsForm } from "../../../components/targets/ThresholdsForm";
import { AssignOwnersForm } from "../../../components/targets/AssignOwnersForm";
import { AuditTable } from "../../../components/audit/AuditTable";
import { RectificationTable } from "../../../components/reviews/RectificationList";
import "../../../components/reviews/fragments";
import { standingNoChange } from "../../../lib/domain/month-reports";
import { upToAsOf } from "../../../lib/domain/as-of";
import { fill, formatDate, formatNumber, formatPercent } from "../../../lib/i18n/format";
import "../../_lib/audit-fragments";
import { requirePageContext } from "../../_lib/request-context";
import { canReadAuditPage } from "../../_lib/permissions";
import { aside, labelled } from "../../../lib/i18n/punctuation";

const TargetAuditQuery = graphql(`
  query TargetAudit($targetId: ID!) {
    auditLog(filter: { targetId: $targetId }, limit: 100) {
      totalCount
      entries {
        ...AuditEntryFields
      }
    }
  }
`);

const UnitSectionsQuery = graphql(`
  query TargetUnitSections($unitId: ID!) {
    sections(unitId: $unitId) {
      id
      name
    }
  }
`);

const TargetDetailQuery = graphql(`
  query TargetDetail($targetId: ID!, $asOf: Date) {
    targetDetail(targetId: $targetId, asOf: $asOf) {
      asOf
      areaName
      plan {
        id
        year
        title
        unitId
        behindMargin
      }
      progress {
        ...TargetRowFields
        viewerCanRecord
        target {
          baselineSource
          remarks
          applicabilityReason
          inactivePointsRule
          nominalPoints
          greenAt
          amberAt
          direction
        }
      }
      paceLine {
        date
        expected
      }
      entries {
        id
        value
        reportedFor
        note
        action
        reason
        counts
        checkStatus
        checkNote
        enteredValue
        enteredUnit
        isDemo
        createdAt
        evidence {
          id
          kind
          title
          url
        }
        reportedBy {
          displayName
        }
      }
      figures {
        date
        value
      }
      viewerCanSetApplicability
      viewerCanSetThresholds
      items {
        id
        name
        date
        section {
          id
          name
        }
        description
        docNumber
        link
        status
        reason
        checkStatus
        checkNote
        isDemo
        version
        createdAt
        evidence {
          id
          kind
          title
          url
        }
        createdBy {
          displayName
        }
      }
      locks {
        month
        locked
        reason
        reopenedUntil
      }
      rectifications {
        ...RectificationFields
      }
      viewerCanSignOffRectifications
      viewerCanAssignOwners
    }
  }
`);

export default async function TargetPage({
  params,
  searchParams,
}: {
  params: Promise<{ targetId: string }>;
  searchParams: Promise<{ asOf?: string }>;
}) {
  const { targetId } = await params;
  const { asOf } = await searchParams;
  const { user, t, locale } = await requirePageContext(`/targets/${targetId}`);
  // 权限分离: the system administrator does not read the audit log, so the page leaves its section out for them.
  const readsAudit = canReadAuditPage(user);
  const [{ targetDetail: d }, audit] = await Promise.all([
    runOperation(TargetDetailQuery, { targetId, asOf: asOf || null }, user),
    readsAudit ? runOperation(TargetAuditQuery, { targetId }, user) : null,
  ]);
  const auditLog = audit?.auditLog ?? null;
  const target = d.progress.target;
  // 指定填报科室 (administrators, where the plan names no owner): the unit's sections to choose from
  const assignable = d.viewerCanAssignOwners ? (await runOperation(UnitSectionsQuery, { unitId: d.plan.unitId }, user)).sections : null;
  const isCount = target.kind === "COUNT";
  const canRecord = d.progress.viewerCanRecord;
  const canSetApplicability = d.viewerCanSetApplicability;
  const canSetThresholds = d.viewerCanSetThresholds;
  // the figures that count (a count target's steps at each item's date), as the server evaluates them, up to
  // the as-of day: the whole page follows it (later records are listed below, marked 截至日期后)
  const chartEntries = upToAsOf(d.figures, d.asOf, (f) => f.date);
  const laterFigures = d.figures.length - chartEntries.length;
  const itemCount = d.progress.value ?? 0;
  const sections = target.owners.map((o) => ({ id: o.id, name: o.name }));
  // items dated outside the window are marked, and confirmed when saved (they count: lib/domain/count-items.ts)
  const itemWindow = {
    year: d.plan.year,
    startMonth: target.window.startMonth,
    endMonth: target.window.endMonth,
    specified: target.window.specified,
  };
  // 本月无新进展 once per month: a standing confirmation for the as-of month replaces the button
  const confirmation = standingNoChange(
    d.entries.map((e) => ({ ...e, replacesId: null })),
    d.asOf,
  );
  const noChange =
    canRecord && target.kind !== "DECLARATION" ? (
      <NoChangeButton
        targetId={target.id}
        version={target.version}
        reportedFor={d.asOf}
        hint={`${t.items.noChangeHint}${aside(labelled(t.form.reportedFor, formatDate(d.asOf, locale), t), t)}`}
        confirmed={confirmation ? fill(t.monthReports.confirmed, { date: formatDate(confirmation.reportedFor, locale) }) : null}
        t={t}
      />
    ) : null;
  const inactive = target.applicability !== "ACTIVE";
  return (
    <>
      <p className="no-print">
        <Link href={`/plans/${d.plan.id}?asOf=${d.asOf}`}>← {d.plan.title}</Link>
      </p>
      <h1>
        {target.code} {target.title}
      </h1>
      <p className="subtitle">{d.areaName}</p>
      <AsOfPicker year={d.plan.year} asOf={d.asOf} t={t} />
      {inactive ? (
        <div className="warning-note" data-testid="applicability-notice" role="note">
          <strong>{fill(t.applicabilityForm.notice, { state: t.applicability[target.applicability] })}</strong>
          {target.applicabilityReason ? <div>{labelled(t.applicabilityForm.reason, target.applicabilityReason, t)}</div> : null}
          <div>
            {labelled(
              t.applicabilityForm.pointsRule,
              `${t.pointsRule[target.inactivePointsRule]}${aside(`${t.applicabilityForm.nominalPoints} ${formatNumber(target.nominalPoints, locale)}`, t)}`,
              t,
            )}
          </div>
        </div>
      ) : null}
      <MonthLockSummary locks={d.locks} t={t} locale={locale} />
      <div className="grid-2">
        <section className="panel" aria-labelledby="facts">
          <h2 id="facts" className="visually-hidden">
            {t.target.wording}
          </h2>
          <TargetFacts progress={d.progress} t={t} locale={locale} />
          <StatusLegend behindMargin={d.plan.behindMargin} t={t} locale={locale} />
        </section>
        <section className="panel" aria-labelledby="chart-title">
          <h2 id="chart-title">{t.target.chart}</h2>
          <TargetProgressChart
            kind={target.kind}
            window={target.window}
            asOf={d.asOf}
            pace={d.paceLine}
            entries={chartEntries}
            labels={{ actual: t.target.actual, pace: t.target.pace, window: t.target.window, summary: t.target.chartSummary }}
            locale={locale}
          />
          {laterFigures > 0 ? (
            <p className="muted small" data-testid="chart-as-of-note">
              {fill(t.asOfMarks.chartNote, { asOf: formatDate(d.asOf, locale), n: laterFigures })}
            </p>
          ) : null}
        </section>
      </div>
      {isCount ? (
        <section className="panel" aria-labelledby="items-title" style={{ marginTop: 16 }} data-testid="items-panel">
          <h2 id="items-title">
            {t.items.title}
            <span className="item-count" data-testid="item-count">
              {formatNumber(itemCount, locale)} / {formatNumber(target.targetValue, locale)} {target.measureUnit ?? ""}
            </span>
            <span className="muted small" style={{ marginLeft: 8, fontWeight: 400 }}>
              {aside(`${t.dashboard.asOf} ${formatDate(d.asOf, locale)}`, t)}
            </span>
          </h2>
          <p className="muted small">{t.items.intro}</p>
          <CountItemTable
            items={d.items}
            canEdit={canRecord}
            year={d.plan.year}
            sections={sections}
            locks={d.locks}
            asOf={d.asOf}
            window={itemWindow}
            t={t}
            locale={locale}
          />
          {canRecord ? (
            <div className="no-print">
              <h3 id="item-form-title" style={{ marginTop: 16 }}>
                {t.items.addTitle}
              </h3>
              <CountItemForm
                targetId={target.id}
                targetVersion={target.version}
                year={d.plan.year}
                sections={sections}
                locks={d.locks}
                defaultDate={d.asOf}
                defaultSectionId={user.sectionId}
                window={itemWindow}
                t={t}
              />
              <div className="report-actions">{noChange}</div>
            </div>
          ) : (
            <p className="muted no-print">{t.form.readOnly}</p>
          )}
        </section>
      ) : canRecord ? (
        <section className="panel no-print" aria-labelledby="form-title" style={{ marginTop: 16 }}>
          <h2 id="form-title">{t.form.title}</h2>
          <ProgressEntryForm
            targetId={target.id}
            kind={target.kind}
            version={target.version}
            year={d.plan.year}
            defaultDate={d.asOf}
            measureUnit={target.measureUnit ?? null}
            targetValue={target.targetValue ?? null}
            locks={d.locks}
            t={t}
          />
          <div className="report-actions">{noChange}</div>
        </section>
      ) : (
        <p className="muted no-print">{t.form.readOnly}</p>
      )}
      {canSetApplicability || canSetThresholds ? (
        <div className="grid-2 no-print" style={{ marginTop: 16 }}>
          {canSetApplicability ? (
            <section className="panel" aria-labelledby="applicability-title">
              <h2 id="applicability-title">{labelled(t.applicabilityForm.title, t.applicability[target.applicability], t)}</h2>
              <ApplicabilityControl
                targetId={target.id}
                version={target.version}
                applicability={target.applicability}
                reason={target.applicabilityReason ?? null}
                rule={target.inactivePointsRule}
                t={t}
              />
            </section>
          ) : null}
          {canSetThresholds ? (
            <section className="panel" aria-labelledby="thresholds-title">
              <h2 id="thresholds-title">{t.thresholds.title}</h2>
              <p className="small" data-testid="thresholds-current">
                {labelled(t.thresholds.current, "", t)}
                {target.greenAt != null && target.amberAt != null
                  ? `${t.band.GREEN} ${formatPercent(target.greenAt, locale)} · ${t.band.AMBER} ${formatPercent(target.amberAt, locale)} · ${t.direction[target.direction]}`
                  : t.thresholds.planRule}
              </p>
              <ThresholdsForm
                targetId={target.id}
                kind={target.kind}
                version={target.version}
                greenAt={target.greenAt ?? null}
                amberAt={target.amberAt ?? null}
                direction={target.direction}
                t={t}
              />
            </section>
          ) : null}
        </div>
      ) : null}
      {assignable ? (
        <section className="panel no-print" aria-labelledby="assign-owners-title" style={{ marginTop: 16 }}>
          <h2 id="assign-owners-title">{t.owners.formTitle}</h2>
          <AssignOwnersForm targetId={target.id} version={target.version} sections={assignable} assigned={target.assignedOwnerIds} t={t} />
        </section>
      ) : null}
      {d.rectifications.length > 0 ? (
        <section aria-labelledby="target-rect-title" data-testid="target-rectifications">
          <h2 id="target-rect-title">{t.review.rectifications}</h2>
          <RectificationTable
            items={d.rectifications}
            canManage={d.viewerCanSignOffRectifications}
            canAnswer={canRecord}
            showTarget={false}
            t={t}
            locale={locale}
          />
        </section>
      ) : null}
      <h2>{t.target.history}</h2>
      <EntryHistory
        entries={d.entries}
        kind={target.kind}
        measureUnit={target.measureUnit ?? null}
        amendVersion={canRecord && !isCount ? target.version : null}
        asOf={d.asOf}
        t={t}
        locale={locale}
      />
      {auditLog ? (
        <>
          <h2>{t.audit.title}</h2>
          <AuditTable entries={auditLog.entries} t={t} locale={locale} showTarget={false} />
          {auditLog.totalCount > auditLog.entries.length ? (
            <p>
              <Link href={`/audit?targetId=${target.id}`}>{t.audit.title} →</Link>
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
