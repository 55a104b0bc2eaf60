import Link from "next/link";
import { graphql } from "../../../graphql/generated/client";
import { runOperation } from "../../../graphql/execute";
import { AsOfPicker } from "../../../components/dashboard/AsOfPicker";
import { TargetProgressChart } from "../../../components/charts/TargetProgressChart";
import { EntryHistory } from "../../../components/progress/EntryHistory";
import { ProgressEntryForm } from "../../../components/progress/ProgressEntryForm";
import { TargetFacts } from "../../../components/targets/TargetFacts";
import { AuditTable } from "../../../components/audit/AuditTable";
import "../../_lib/audit-fragments";
import { requirePageContext } from "../../_lib/request-context";

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

const TargetDetailQuery = graphql(`
  query TargetDetail($targetId: ID!, $asOf: Date) {
    targetDetail(targetId: $targetId, asOf: $asOf) {
      asOf
      areaName
      plan {
        id
        year
        title
      }
      progress {
        ...TargetRowFields
        viewerCanRecord
        target {
          baselineSource
          remarks
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
  const [{ targetDetail: d }, { auditLog }] = await Promise.all([
    runOperation(TargetDetailQuery, { targetId, asOf: asOf || null }, user),
    runOperation(TargetAuditQuery, { targetId }, user),
  ]);
  const target = d.progress.target;
  return (
    <>
      <p className="no-print">
        <Link href={`/plans/${d.plan.id}?asOf=${d.asOf}`}>← {d.plan.title}</Link>
      </p>
      <h1>
        {target.code} {target.title}
      </h1>
      <p className="subtitle">{d.areaName}</p>
      <AsOfPicker year={d.plan.year} asOf={d.asOf} t={t} locale={locale} />
      <div className="grid-2">
        <section className="panel" aria-labelledby="facts">
          <h2 id="facts" className="visually-hidden">{t.target.wording}</h2>
          <TargetFacts progress={d.progress} t={t} locale={locale} />
        </section>
        <section className="panel" aria-labelledby="chart-title">
          <h2 id="chart-title">{t.target.chart}</h2>
          <TargetProgressChart
            kind={target.kind}
            window={target.window}
            asOf={d.asOf}
            pace={d.paceLine}
            entries={d.entries.filter((e) => e.counts).map((e) => ({ date: e.reportedFor, value: e.value }))}
            labels={{ actual: t.target.actual, pace: t.target.pace, window: t.target.window }}
          />
        </section>
      </div>
      {d.progress.viewerCanRecord ? (
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
            t={t}
          />
        </section>
      ) : (
        <p className="muted no-print">{t.form.readOnly}</p>
      )}
      <h2>{t.target.history}</h2>
      <EntryHistory
        entries={d.entries}
        kind={target.kind}
        measureUnit={target.measureUnit ?? null}
        amendVersion={d.progress.viewerCanRecord ? target.version : null}
        t={t}
        locale={locale}
      />
      <h2>{t.audit.title}</h2>
      <AuditTable entries={auditLog.entries} t={t} locale={locale} showTarget={false} />
      {auditLog.totalCount > auditLog.entries.length ? (
        <p>
          <Link href={`/audit?targetId=${target.id}`}>{t.audit.title} →</Link>
        </p>
      ) : null}
    </>
  );
}
