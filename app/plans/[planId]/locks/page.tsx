import Link from "next/link";
import { addDays } from "date-fns";
import { graphql } from "../../../../graphql/generated/client";
import { runOperation } from "../../../../graphql/execute";
import { MonthLockActions } from "../../../../components/locks/MonthLockActions";
import { ReportingConfigForm } from "../../../../components/locks/ReportingConfigForm";
import { toDate, toIso } from "../../../../lib/domain";
import { fill, formatDate, formatDateTime, formatMonth } from "../../../../lib/i18n/format";
import { todayIso } from "../../../../lib/server/db-dates";
import { requirePageContext } from "../../../_lib/request-context";

const PlanLocksQuery = graphql(`
  query PlanLocksPage($planId: ID!) {
    planLocks(planId: $planId) {
      planId
      year
      lockAfterDays
      reportDueDays
      viewerCanManage
      months {
        month
        locked
        reason
        autoLockOn
        reopenedUntil
        decidedBy {
          displayName
        }
        decidedAt
        decisionReason
      }
    }
    plans {
      id
      title
      unitName
    }
  }
`);

/** 月份锁定: the twelve months of the plan year, why each is open or locked, and the administrators' decisions. */
export default async function LocksPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { user, t, locale } = await requirePageContext(`/plans/${planId}/locks`);
  const { planLocks: p, plans } = await runOperation(PlanLocksQuery, { planId }, user);
  const l = t.locks;
  const plan = plans.find((x) => x.id === p.planId);
  const title = plan?.title ?? String(p.year);
  const today = todayIso();
  const latestUntil = toIso(addDays(toDate(today), 90));
  const manage = p.viewerCanManage;
  return (
    <div className="locks-page">
      <p className="no-print plan-links">
        <Link href={`/plans/${p.planId}`}>← {title}</Link>
        <Link href={`/plans/${p.planId}/discipline`} data-testid="discipline-link">
          {t.discipline.link}
        </Link>
      </p>
      <h1>{l.title}</h1>
      <p className="subtitle">
        {plan ? `${plan.unitName} · ` : ""}
        {title}
      </p>
      <p className="muted small intro">{fill(l.intro, { lockDays: p.lockAfterDays })}</p>
      <p data-testid="reporting-settings">{fill(l.settings, { dueDays: p.reportDueDays, lockDays: p.lockAfterDays })}</p>
      {manage ? null : (
        <p className="muted" role="note">
          {l.readOnly}
        </p>
      )}

      <div className="table-scroll">
        <table className="data locks-table" data-testid="locks-table">
          <caption className="visually-hidden">{fill(l.monthsTable, { year: p.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{l.month}</th>
              <th scope="col">{l.state}</th>
              <th scope="col">{l.reason}</th>
              <th scope="col">{l.autoLockOn}</th>
              <th scope="col">{l.reopenedUntil}</th>
              <th scope="col">{l.decidedBy}</th>
              <th scope="col">{l.decidedAt}</th>
              <th scope="col">{l.decisionReason}</th>
              {manage ? (
                <th scope="col" className="no-print">
                  {l.actions}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {p.months.map((m) => (
              <tr
                key={m.month}
                data-testid="lock-row"
                data-month={m.month}
                data-locked={m.locked}
                data-reason={m.reason}
                className={m.locked ? "locked-row" : undefined}
              >
                <th scope="row">{formatMonth(m.month, locale)}</th>
                <td>
                  <span className={`badge ${m.locked ? "lock-state-locked" : "lock-state-open"}`} data-testid="lock-state">
                    {m.locked ? l.locked : l.open}
                  </span>
                </td>
                <td data-testid="lock-reason">{t.lockReason[m.reason as keyof typeof t.lockReason] ?? m.reason}</td>
                <td className="nowrap">{formatDate(m.autoLockOn, locale)}</td>
                <td className="nowrap" data-testid="reopened-until">
                  {m.reason === "REOPENED" ? (m.reopenedUntil ? formatDate(m.reopenedUntil, locale) : l.untilLocked) : l.none}
                </td>
                <td>{m.decidedBy?.displayName ?? l.none}</td>
                <td className="nowrap">{m.decidedAt ? formatDateTime(m.decidedAt, locale) : l.none}</td>
                <td className="pre-line decision-reason" data-testid="decision-reason">
                  {m.decisionReason ?? l.none}
                </td>
                {manage ? (
                  <td className="no-print lock-actions-cell">
                    <MonthLockActions
                      planId={p.planId}
                      month={m.month}
                      locked={m.locked}
                      reason={m.reason}
                      today={today}
                      latestUntil={latestUntil}
                      t={t}
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {manage ? (
        <section className="panel no-print reporting-config-panel" aria-labelledby="reporting-config-title">
          <h2 id="reporting-config-title">{l.configTitle}</h2>
          <p className="muted small">{l.configHint}</p>
          <ReportingConfigForm planId={p.planId} reportDueDays={p.reportDueDays} lockAfterDays={p.lockAfterDays} t={t} />
        </section>
      ) : null}
    </div>
  );
}
