import type { SheetGradeFieldsFragment } from "../../graphql/generated/client/graphql";
import { fill, formatNumber, formatPercent } from "../../lib/i18n/format";
import { gradeBasis, gradeExternal, gradeNote } from "../../lib/i18n/grade-text";
import type { Locale, Messages } from "../../lib/i18n/messages";

/** The grade as a badge; with its note in the title, for tables. */
export function GradeBadge({ grade, t }: { grade: SheetGradeFieldsFragment; t: Messages }) {
  const note = gradeNote(grade, t);
  return (
    <span
      className={`grade-badge grade-${grade.grade.toLowerCase()}`}
      data-testid="grade"
      data-grade={grade.grade}
      title={note ?? undefined}
    >
      {t.grade.label[grade.grade]}
      {note ? <span aria-hidden="true">*</span> : null}
    </span>
  );
}

/** 年终等次 on the score sheet: the grade, the total it rests on, the bands, the external result and any cap. */
export function GradeSummary({ grade: g, t, locale }: { grade: SheetGradeFieldsFragment; t: Messages; locale: Locale }) {
  const basis = gradeBasis(g, t, locale);
  const note = gradeNote(g, t);
  return (
    <section className="panel grade-summary" aria-labelledby="grade-title" data-testid="grade-summary">
      <h2 id="grade-title">
        {t.grade.title} <GradeBadge grade={g} t={t} />
      </h2>
      <p data-testid="grade-basis">{basis}</p>
      {g.basis === "PROVINCE" ? (
        <p className="muted small">{fill(t.grade.unitTotal, { total: formatNumber(g.unitTotal, locale, 2) })}</p>
      ) : null}
      <p className="muted small">
        {fill(t.grade.bands, {
          excellent: formatPercent(g.bands.excellentAt, locale),
          good: formatPercent(g.bands.goodAt, locale),
          pass: formatPercent(g.bands.passAt, locale),
        })}
      </p>
      <p className="small" data-testid="grade-external">
        {gradeExternal(g, t)}
      </p>
      {note ? (
        <p className="warning-note" role="note" data-testid="grade-note">
          {note}
        </p>
      ) : null}
    </section>
  );
}
