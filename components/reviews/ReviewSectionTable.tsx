import type { ReviewCommentFieldsFragment, ReviewSectionFieldsFragment } from "../../graphql/generated/client/graphql";
import { formatPercent } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { ReviewCommentForm } from "./ReviewCommentForm";
import { ReviewComments } from "./ReviewComments";

const STATUSES = ["DONE", "ON_TRACK", "BEHIND", "OVERDUE", "NOT_STARTED"] as const;

interface Props {
  sections: readonly ReviewSectionFieldsFragment[];
  comments: readonly ReviewCommentFieldsFragment[];
  reviewId: string;
  /** the review is open and the viewer may comment */
  canWrite: boolean;
  t: Messages;
  locale: Locale;
}

/** 分科室情况: per owning section (and 未指定) the count, completion and statuses, with the section's 点评. */
export function ReviewSectionTable({ sections, comments, reviewId, canWrite, t, locale }: Props) {
  return (
    <>
      <h2 id="sections-title">{t.review.bySection}</h2>
      <table className="data" data-testid="section-summary" aria-labelledby="sections-title">
        <thead>
          <tr>
            <th scope="col">{t.table.owner}</th>
            <th scope="col" className="num">
              {t.review.targetCount}
            </th>
            <th scope="col" className="num">
              {t.dashboard.completion}
            </th>
            {STATUSES.map((s) => (
              <th scope="col" className="num" key={s}>
                {t.status[s]}
              </th>
            ))}
            <th scope="col">{t.review.comments}</th>
          </tr>
        </thead>
        <tbody>
          {sections.map((s) => (
            <tr key={s.section?.id ?? "none"} data-testid="section-summary-row" data-section={s.section?.name ?? ""}>
              <td>{s.section?.name ?? t.unassigned}</td>
              <td className="num">{s.summary.count}</td>
              <td className="num">{formatPercent(s.summary.completion, locale)}</td>
              {STATUSES.map((st) => (
                <td className="num" key={st}>
                  {s.summary.byStatus.find((b) => b.status === st)?.count ?? 0}
                </td>
              ))}
              <td>
                {s.section ? (
                  <>
                    <ReviewComments comments={comments.filter((c) => c.sectionId === s.section!.id)} locale={locale} />
                    {canWrite ? <ReviewCommentForm reviewId={reviewId} sectionId={s.section.id} about={s.section.name} t={t} /> : null}
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
