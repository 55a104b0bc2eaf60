import { graphql } from "../../../graphql/generated/client";
import { runOperation } from "../../../graphql/execute";
import { AsOfPicker } from "../../../components/dashboard/AsOfPicker";
import { PlanSummaryCards } from "../../../components/dashboard/PlanSummaryCards";
import { SectionDutiesPanel } from "../../../components/duties/SectionDutiesPanel";
import { QuickEntryTable } from "../../../components/progress/QuickEntryTable";
import { MonthSheetPanel } from "../../../components/progress/MonthSheetPanel";
import { lastBegunMonth } from "../../../lib/domain/month-sheet";
import { todayIso } from "../../../lib/server/db-dates";
import { permits } from "../../../lib/server/operations/run-operation";
import { GET as monthSheetRoute } from "../../api/sections/[sectionId]/month-sheet/route";
import { SectionCalendarPanel } from "../../../components/reviews/SectionCalendarPanel";
import { TargetTable } from "../../../components/targets/TargetTable";
import { StatusLegend } from "../../../components/targets/StatusLegend";
import { MonthLockSummary } from "../../../components/targets/MonthLockSummary";
import { lockedMonthMessage } from "../../../components/targets/month-locks";
import { fill, formatDate, formatMonth } from "../../../lib/i18n/format";
import { requirePageContext } from "../../_lib/request-context";
import { labelled } from "../../../lib/i18n/punctuation";

const SectionPlansQuery = graphql(`
  query SectionPlans {
    plans {
      id
      unitId
    }
  }
`);

const SectionOverviewQuery = graphql(`
  query SectionOverview($sectionId: ID!, $planId: ID!, $asOf: Date) {
    sectionOverview(sectionId: $sectionId, planId: $planId, asOf: $asOf) {
      asOf
      section {
        id
        name
        phone
        unitId
      }
      plan {
        id
        year
        title
        behindMargin
      }
      summary {
        ...SummaryFields
      }
      targets {
        ...TargetRowFields
      }
      dueThisMonth {
        ...TargetRowFields
      }
      openThisMonth {
        ...TargetRowFields
      }
      monthReports {
        targetId
        kind
        date
        value
        name
        checkStatus
        reportedBy
      }
      viewerCanRecord
    }
  }
`);

// Which months are locked: the quick entry says so before anything is sent (writes there fail with PERIOD_LOCKED).
const SectionLocksQuery = graphql(`
  query SectionLocks($planId: ID!) {
    planLocks(planId: $planId) {
      months {
        month
        locked
        reason
        reopenedUntil
      }
    }
  }
`);

// 日历订阅 and this month's 调度 list for the section (reviews module).
const SectionDispatchPanelQuery = graphql(`
  query SectionDispatchPanel($sectionId: ID!, $planId: ID!, $month: Int!) {
    sectionCalendar(sectionId: $sectionId) {
      path
    }
    sectionDispatch(planId: $planId, month: $month, sectionId: $sectionId) {
      asOf
      sections {
        targets {
          status
          value
          dueThisMonth
          target {
            id
            code
            title
            kind
            measureUnit
            targetValue
            window {
              startMonth
              endMonth
              specified
            }
          }
        }
        rectifications {
          id
          targetId
          code
          title
          notice
          deadline
          state
        }
      }
    }
  }
`);

// 责任清单: the section's work items and the targets linked to its duties (duties module).
const SectionDutiesPanelQuery = graphql(`
  query SectionDutiesPanel($sectionId: ID!) {
    sectionDuties(sectionId: $sectionId) {
      unitName
      section {
        id
        unitId
      }
      items {
        id
        seq
        text
        duty {
          id
          seq
          text
        }
      }
      publicServices {
        id
        seq
        name
      }
      links {
        ...DutyLinkFields
      }
    }
  }
`);

export default async function SectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ sectionId: string }>;
  searchParams: Promise<{ asOf?: string; planId?: string }>;
}) {
  const { sectionId } = await params;
  const query = await searchParams;
  const { user, t, locale } = await requirePageContext(`/sections/${sectionId}`);
  const planId = query.planId ?? (await runOperation(SectionPlansQuery, {}, user)).plans[0]?.id;
  if (!planId) return <p className="muted">—</p>;
  const { sectionOverview: s } = await runOperation(SectionOverviewQuery, { sectionId, planId, asOf: query.asOf || null }, user);
  const month = Number(s.asOf.slice(5, 7));
  const dispatchPanel = await runOperation(SectionDispatchPanelQuery, { sectionId, planId, month }, user);
  const { sectionDuties } = await runOperation(SectionDutiesPanelQuery, { sectionId }, user);
  const locks = s.viewerCanRecord ? (await runOperation(SectionLocksQuery, { planId }, user)).planLocks.months : [];
  const lockNotice = lockedMonthMessage(s.asOf, s.plan.year, locks, t);
  // 本月填报表: offered exactly when its route would accept the caller, for the months that have begun
  const sheetMonths = lastBegunMonth(s.plan.year, todayIso());
  const canUseSheet = sheetMonths > 0 && permits(monthSheetRoute.operation, user, { unitId: s.section.unitId, sectionIds: [s.section.id] });
  return (
    <>
      <h1>
        {s.section.name} · {s.plan.title}
      </h1>
      <p className="subtitle">{labelled(t.section.phone, s.section.phone ?? t.unassigned, t)}</p>
      <AsOfPicker year={s.plan.year} asOf={s.asOf} t={t} />
      <PlanSummaryCards summary={s.summary} t={t} locale={locale} />
      {s.viewerCanRecord ? (
        <section className="panel no-print" aria-labelledby="quick-title">
          <h2 id="quick-title">{t.quick.title}</h2>
          <p className="muted">
            {t.quick.hint} · {labelled(t.form.reportedFor, formatDate(s.asOf, locale), t)}
          </p>
          <MonthLockSummary locks={locks} t={t} locale={locale} />
          {lockNotice ? (
            <p className="warning-note" role="status" data-testid="quick-lock-notice">
              {lockNotice}
            </p>
          ) : null}
          <QuickEntryTable rows={s.openThisMonth} year={s.plan.year} reportedFor={s.asOf} reports={s.monthReports} t={t} locale={locale} />
        </section>
      ) : null}
      {canUseSheet ? (
        <MonthSheetPanel sectionId={s.section.id} year={s.plan.year} defaultMonth={month} latestMonth={sheetMonths} t={t} locale={locale} />
      ) : null}
      <h2>{fill(t.section.dueInMonth, { month: formatMonth(month, locale, "long") })}</h2>
      {s.dueThisMonth.length ? (
        <TargetTable rows={s.dueThisMonth} asOf={s.asOf} t={t} locale={locale} />
      ) : (
        <p className="muted" data-testid="none-due">
          {t.section.noneDue}
        </p>
      )}
      <StatusLegend behindMargin={s.plan.behindMargin} t={t} locale={locale} />
      <h2>{t.section.myTargets}</h2>
      <TargetTable rows={s.targets} asOf={s.asOf} t={t} locale={locale} />
      <SectionCalendarPanel data={dispatchPanel} t={t} locale={locale} />
      <SectionDutiesPanel data={sectionDuties} t={t} />
    </>
  );
}
