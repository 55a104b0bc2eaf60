import Link from "next/link";
import { graphql } from "../../../graphql/generated/client";
import type { ReviewDetailQuery, TargetStatus } from "../../../graphql/generated/client/graphql";
import { runOperation } from "../../../graphql/execute";
import { PlanSummaryCards } from "../../../components/dashboard/PlanSummaryCards";
import { CloseRectificationControl } from "../../../components/reviews/CloseRectificationControl";
import { PrintButton } from "../../../components/reviews/PrintButton";
import { RectificationForm } from "../../../components/reviews/RectificationForm";
import { ReviewActions } from "../../../components/reviews/ReviewActions";
import { ReviewCommentForm } from "../../../components/reviews/ReviewCommentForm";
import { periodLabel, reviewTitle } from "../../../components/reviews/review-format";
import { StatusBadge } from "../../../components/targets/StatusBadge";
import { latestValueText, targetValueText, windowText } from "../../../components/targets/target-format";
import { growthPercent } from "../../../lib/domain";
import { formatDate, formatDateTime, formatNumber, formatPercent } from "../../../lib/i18n/format";
import type { Locale, Messages } from "../../../lib/i18n/messages";
import { DispatchList } from "../../../components/reviews/DispatchList";
import { requirePageContext } from "../../_lib/request-context";

const ReviewDetail = graphql(`
  query ReviewDetail($id: ID!) {
    review(id: $id) {
      viewerCanManage
      review {
        ...ReviewHeaderFields
      }
      plan {
        id
        title
        unitName
      }
      summary {
        ...SummaryFields
      }
      rows {
        ...SnapshotRowFields
      }
      dueInPeriod {
        ...SnapshotRowFields
      }
      lagging {
        ...SnapshotRowFields
      }
      sections {
        section {
          id
          name
        }
        summary {
          ...SummaryFields
        }
      }
      comparison {
        previous {
          id
          kind
          year
          periodIndex
          periodKey
        }
        moved
        unchanged
        added
        changes {
          targetId
          code
          title
          change
          statusChanged
          valueChanged
          before {
            status
            value
            ratio
          }
          after {
            status
            value
            ratio
          }
        }
      }
      comments {
        id
        targetId
        sectionId
        body
        createdAt
        author {
          displayName
        }
      }
      rectifications {
        ...RectificationFields
      }
      dispatch {
        month
        asOf
        sections {
          section {
            id
            name
          }
          targets {
            status
            value
            ratio
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
            ...RectificationFields
          }
        }
      }
    }
  }
  fragment ReviewHeaderFields on Review {
    id
    planId
    kind
    year
    periodIndex
    periodKey
    periodStart
    periodEnd
    status
    createdAt
    snapshotAt
    closedAt
    createdBy {
      displayName
    }
    closedBy {
      displayName
    }
  }
  fragment SnapshotRowFields on ReviewSnapshotRow {
    code
    title
    areaName
    owners
    value
    ratio
    status
    expectedRatio
    forecastValue
    points
    computedScore
    dueInPeriod
    needsAttention
    target {
      id
      kind
      measureUnit
      targetValue
      baselineValue
      windowText
      window {
        startMonth
        endMonth
        specified
      }
    }
  }
  fragment RectificationFields on Rectification {
    id
    targetId
    code
    title
    notice
    deadline
    status
    state
    createdAt
    closedAt
    closingNote
    issuedBy {
      displayName
    }
    closedBy {
      displayName
    }
  }
`);

type Detail = ReviewDetailQuery["review"];
type Row = Detail["rows"][number];
type Comment = Detail["comments"][number];
type Rect = Detail["rectifications"][number];

function valueText(r: Row, t: Messages, locale: Locale) {
  const growth = r.target.kind === "GROWTH_PCT" ? growthPercent(r.target.baselineValue ?? null, r.value ?? null) : null;
  return latestValueText(r.target, r.value, growth, t, locale);
}

function CommentList({ comments, locale }: { comments: Comment[]; locale: Locale }) {
  if (!comments.length) return null;
  return (
    <ul className="comment-list" data-testid="comments">
      {comments.map((c) => (
        <li key={c.id}>
          <span className="comment-body">{c.body}</span>
          <span className="muted">
            {" "}— {c.author.displayName}，{formatDateTime(c.createdAt, locale)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function RowList({ rows, empty, testId, t, locale }: { rows: Row[]; empty: string; testId: string; t: Messages; locale: Locale }) {
  if (!rows.length) return <p className="muted" data-testid={testId}>{empty}</p>;
  return (
    <ul className="review-list" data-testid={testId}>
      {rows.map((r) => (
        <li key={r.target.id} data-code={r.code}>
          <StatusBadge status={r.status} t={t} /> {r.code} {r.title}
          <span className="muted">
            {" "}· {r.owners === "未指定" ? t.unassigned : r.owners} · {windowText(r.target, t, locale)} · {valueText(r, t, locale)}（{formatPercent(r.ratio, locale)}）
          </span>
        </li>
      ))}
    </ul>
  );
}

function RectificationTable({ items, canManage, t, locale }: { items: Rect[]; canManage: boolean; t: Messages; locale: Locale }) {
  return (
    <table className="data" data-testid="rectifications">
      <thead>
        <tr>
          <th scope="col">{t.table.target}</th>
          <th scope="col">{t.review.notice}</th>
          <th scope="col">{t.review.deadline}</th>
          <th scope="col">{t.review.status}</th>
          <th scope="col">{t.review.issuedBy}</th>
          <th scope="col">{t.review.outcome}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.id} data-testid="rectification-row" data-state={r.state}>
            <td>
              {r.code} {r.title}
            </td>
            <td className="pre-line">{r.notice}</td>
            <td>{formatDate(r.deadline, locale)}</td>
            <td>
              <span className={`badge rect-${r.state}`}>{t.review.rectState[r.state]}</span>
            </td>
            <td>
              {r.issuedBy.displayName}
              <div className="muted">{formatDateTime(r.createdAt, locale)}</div>
            </td>
            <td>
              {r.status === "CLOSED" ? (
                <>
                  <span className="pre-line">{r.closingNote}</span>
                  <div className="muted">
                    {r.closedBy?.displayName}
                    {r.closedAt ? `，${formatDateTime(r.closedAt, locale)}` : ""}
                  </div>
                </>
              ) : canManage ? (
                <CloseRectificationControl rectificationId={r.id} about={`${r.code} ${r.title}`} t={t} />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const statusText = (s: TargetStatus | null | undefined, t: Messages) => (s ? t.status[s] : "—");

/** One review: the frozen snapshot with what it found, the comparison with the last one, comments and notices. */
export default async function ReviewPage({ params }: { params: Promise<{ reviewId: string }> }) {
  const { reviewId } = await params;
  const { user, t, locale } = await requirePageContext(`/reviews/${reviewId}`);
  const { review: d } = await runOperation(ReviewDetail, { id: reviewId }, user);
  const r = d.review;
  const open = r.status === "OPEN";
  const canManage = d.viewerCanManage;
  const canWrite = canManage && open;
  const title = reviewTitle(r, t, locale);
  const sep = locale === "zh" ? "，" : ", ";
  const isYear = r.kind === "YEAR";
  const commentsOnTarget = (id: string) => d.comments.filter((c) => c.targetId === id);
  const commentsOnSection = (id: string) => d.comments.filter((c) => c.sectionId === id);
  const targetsForNotice = [...d.rows].sort((a, b) => Number(b.needsAttention) - Number(a.needsAttention));

  const dispatch = d.dispatch ? (
    <section className="panel" aria-labelledby="dispatch-title" data-testid="dispatch">
      <h2 id="dispatch-title">{t.review.dispatch}</h2>
      <p className="muted">
        {t.review.dispatchHint} · {t.review.periodEnd}：{formatDate(d.dispatch.asOf, locale)}
      </p>
      {d.dispatch.sections.map((s) => (
        <div key={s.section?.id ?? "none"} className="dispatch-group" data-testid="dispatch-section" data-section={s.section?.name ?? ""}>
          <h3>{s.section?.name ?? t.unassigned}</h3>
          <DispatchList group={s} t={t} locale={locale} />
        </div>
      ))}
    </section>
  ) : null;

  return (
    <article className="review-page" data-kind={r.kind} data-status={r.status}>
      <p className="no-print">
        <Link href={`/plans/${d.plan.id}/reviews`}>← {t.review.title} · {d.plan.title}</Link>
      </p>
      <h1>{title}</h1>
      <p className="subtitle">
        {d.plan.unitName} · {d.plan.title} · {t.review.period} {formatDate(r.periodStart, locale)} – {formatDate(r.periodEnd, locale)}
      </p>
      <dl className="facts review-facts">
        <dt>{t.review.status}</dt>
        <dd>
          <span className={`badge review-${r.status}`} data-testid="review-status">
            {open ? t.review.statusOpen : t.review.statusClosed}
          </span>
        </dd>
        <dt>{t.review.createdBy}</dt>
        <dd>
          {r.createdBy.displayName}
          {sep}
          {formatDateTime(r.createdAt, locale)}
        </dd>
        <dt>{t.review.snapshotAt}</dt>
        <dd data-testid="snapshot-at">{formatDateTime(r.snapshotAt, locale)}</dd>
        {r.closedAt ? (
          <>
            <dt>{t.review.closedBy}</dt>
            <dd>
              {r.closedBy?.displayName}
              {sep}
              {formatDateTime(r.closedAt, locale)}
            </dd>
          </>
        ) : null}
      </dl>
      <div className="toolbar no-print">
        {canManage ? <ReviewActions reviewId={r.id} status={r.status} t={t} /> : null}
        <a className="button secondary" href={`/api/reviews/${r.id}/pack`} download data-testid="export-pack">
          {t.review.exportPack}
        </a>
        <a className="button secondary" href={`/api/reviews/${r.id}/pack?format=csv`} download>
          {t.review.exportCsv}
        </a>
        <PrintButton label={t.review.print} />
      </div>
      {open ? <p className="muted no-print">{t.review.closeHint}</p> : null}
      {!canManage ? <p className="muted no-print">{t.review.readOnly}</p> : null}

      <PlanSummaryCards summary={d.summary} t={t} locale={locale} />
      {dispatch}

      <div className="grid-2 review-lists">
        <section className="panel" aria-labelledby="due-title">
          <h2 id="due-title">
            {t.review.dueInPeriod}（{d.dueInPeriod.length}）
          </h2>
          <RowList rows={d.dueInPeriod} empty={t.review.noneDue} testId="due-in-period" t={t} locale={locale} />
        </section>
        <section className="panel" aria-labelledby="lagging-title">
          <h2 id="lagging-title">
            {t.review.lagging}（{d.lagging.length}）
          </h2>
          <RowList rows={d.lagging} empty={t.review.noneLagging} testId="lagging" t={t} locale={locale} />
        </section>
      </div>

      <h2 id="sections-title">{t.review.bySection}</h2>
      <table className="data" data-testid="section-summary" aria-labelledby="sections-title">
        <thead>
          <tr>
            <th scope="col">{t.table.owner}</th>
            <th scope="col" className="num">{t.review.targetCount}</th>
            <th scope="col" className="num">{t.dashboard.completion}</th>
            {(["DONE", "ON_TRACK", "BEHIND", "OVERDUE", "NOT_STARTED"] as const).map((s) => (
              <th scope="col" className="num" key={s}>{t.status[s]}</th>
            ))}
            <th scope="col">{t.review.comments}</th>
          </tr>
        </thead>
        <tbody>
          {d.sections.map((s) => (
            <tr key={s.section?.id ?? "none"} data-testid="section-summary-row" data-section={s.section?.name ?? ""}>
              <td>{s.section?.name ?? t.unassigned}</td>
              <td className="num">{s.summary.count}</td>
              <td className="num">{formatPercent(s.summary.completion, locale)}</td>
              {(["DONE", "ON_TRACK", "BEHIND", "OVERDUE", "NOT_STARTED"] as const).map((st) => (
                <td className="num" key={st}>{s.summary.byStatus.find((b) => b.status === st)?.count ?? 0}</td>
              ))}
              <td>
                {s.section ? (
                  <>
                    <CommentList comments={commentsOnSection(s.section.id)} locale={locale} />
                    {canWrite ? <ReviewCommentForm reviewId={r.id} sectionId={s.section.id} about={s.section.name} t={t} /> : null}
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 id="snapshot-title">
        {t.review.snapshot}（{formatDate(r.periodEnd, locale)}，{d.rows.length} {t.dashboard.targetsCount}）
      </h2>
      <table className="data snapshot-table" data-testid="snapshot-table" aria-labelledby="snapshot-title">
        <thead>
          <tr>
            <th scope="col">{t.table.code}</th>
            <th scope="col">{t.table.target}</th>
            <th scope="col">{t.table.owner}</th>
            <th scope="col">{t.table.window}</th>
            <th scope="col" className="num">{t.table.targetValue}</th>
            <th scope="col" className="num">{t.review.value}</th>
            <th scope="col" className="num">{t.table.completion}</th>
            <th scope="col" className="num">{t.dashboard.expected}</th>
            <th scope="col">{t.table.status}</th>
            <th scope="col" className="num">{t.table.forecast}</th>
            <th scope="col" className="num">{t.table.points}</th>
            {isYear ? <th scope="col" className="num">{t.review.score}</th> : null}
          </tr>
        </thead>
        <tbody>
          {d.rows.map((row) => (
            <tr
              key={row.target.id}
              data-testid="snapshot-row"
              data-code={row.code}
              data-status={row.status}
              className={row.needsAttention ? `flag-${row.status}` : undefined}
            >
              <td>{row.code}</td>
              <td>
                <Link href={`/targets/${row.target.id}?asOf=${r.periodEnd}`}>{row.title}</Link>
                {row.dueInPeriod ? <span className="due-tag"> {t.review.dueInPeriod}</span> : null}
                <CommentList comments={commentsOnTarget(row.target.id)} locale={locale} />
                {canWrite ? <ReviewCommentForm reviewId={r.id} targetId={row.target.id} about={`${row.code} ${row.title}`} t={t} /> : null}
              </td>
              <td>{row.owners === "未指定" ? <span className="unassigned">{t.unassigned}</span> : row.owners}</td>
              <td>{windowText(row.target, t, locale)}</td>
              <td className="num">{targetValueText(row.target, t, locale)}</td>
              <td className="num" data-testid="snapshot-value">{valueText(row, t, locale)}</td>
              <td className="num">{formatPercent(row.ratio, locale)}</td>
              <td className="num">{formatPercent(row.expectedRatio, locale)}</td>
              <td>
                <StatusBadge status={row.status} t={t} />
              </td>
              <td className="num">{row.target.kind === "MILESTONE" || row.target.kind === "DECLARATION" ? "—" : formatNumber(row.forecastValue, locale)}</td>
              <td className="num">{formatNumber(row.points, locale)}</td>
              {isYear ? <td className="num" data-testid="computed-score">{formatNumber(row.computedScore, locale)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>

      <section aria-labelledby="compare-title" data-testid="comparison">
        <h2 id="compare-title">{t.review.compare}</h2>
        {d.comparison.previous ? (
          <>
            <p>
              <Link href={`/reviews/${d.comparison.previous.id}`}>
                {t.review.comparePrevious.replace("{name}", reviewTitle(d.comparison.previous, t, locale))}
              </Link>
              {" "}· {t.review.moved} <strong data-testid="moved-count">{d.comparison.moved}</strong> · {t.review.unchanged} {d.comparison.unchanged} ·{" "}
              {t.review.added} {d.comparison.added}
            </p>
            {d.comparison.changes.some((c) => c.change !== "UNCHANGED") ? (
              <table className="data" data-testid="comparison-table">
                <thead>
                  <tr>
                    <th scope="col">{t.table.target}</th>
                    <th scope="col">{t.review.before}</th>
                    <th scope="col">{t.review.after}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.comparison.changes
                    .filter((c) => c.change !== "UNCHANGED")
                    .map((c) => (
                      <tr key={c.targetId} data-testid="comparison-row" data-code={c.code} data-change={c.change}>
                        <td>
                          {c.code} {c.title} {c.change === "NEW" ? <span className="due-tag">{t.review.added}</span> : null}
                        </td>
                        <td>
                          {c.before ? (
                            <>
                              {statusText(c.before.status, t)} · {formatNumber(c.before.value, locale)}（{formatPercent(c.before.ratio, locale)}）
                            </>
                          ) : (
                            "—"
                          )}
                        </td>
                        <td>
                          <StatusBadge status={c.after.status} t={t} /> {formatNumber(c.after.value, locale)}（{formatPercent(c.after.ratio, locale)}）
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            ) : null}
          </>
        ) : (
          <p className="muted">
            {r.periodIndex === 1
              ? t.review.firstPeriod
              : t.review.noPrevious.replace("{key}", periodLabel(r.kind, r.year, r.periodIndex - 1, locale))}
          </p>
        )}
      </section>

      <section aria-labelledby="rect-title">
        <h2 id="rect-title">{t.review.rectifications}</h2>
        {canWrite ? (
          <div className="panel no-print" style={{ marginBottom: 12 }}>
            <RectificationForm
              reviewId={r.id}
              periodStart={r.periodStart}
              defaultDeadline={r.periodEnd}
              targets={targetsForNotice.map((x) => ({
                id: x.target.id,
                label: `${x.code} ${x.title}（${t.status[x.status]}）`,
              }))}
              t={t}
            />
          </div>
        ) : null}
        {d.rectifications.length ? (
          <RectificationTable items={d.rectifications} canManage={canManage} t={t} locale={locale} />
        ) : (
          <p className="muted">{t.review.noRectifications}</p>
        )}
      </section>
    </article>
  );
}
