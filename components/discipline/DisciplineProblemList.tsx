import Link from "next/link";
import type { SubmissionStatus } from "../../graphql/generated/client/graphql";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { formatDayInYear } from "./DisciplineGrid";
import { fill, formatMonth } from "../../lib/i18n/format";

export interface ProblemCell {
  targetId: string;
  code: string;
  title: string;
  month: number;
  status: SubmissionStatus;
  dueDay: string;
  enteredOn?: string | null;
}

/** One section's late and missing updates, month by month: what to chase at the 月底调度. */
export function DisciplineProblemList({
  sectionId,
  sectionName,
  cells,
  asOf,
  year,
  t,
  locale,
}: {
  sectionId: string;
  sectionName: string;
  cells: ProblemCell[];
  asOf: string;
  year: number;
  t: Messages;
  locale: Locale;
}) {
  const d = t.discipline;
  const problems = cells
    .filter((c) => c.status === "LATE" || c.status === "MISSING")
    .sort((a, b) => a.month - b.month || a.code.localeCompare(b.code));
  const headingId = `problems-${sectionId}`;
  return (
    <section className="panel discipline-problems" aria-labelledby={headingId} data-testid="problem-section" data-section={sectionName}>
      <h3 id={headingId}>
        {sectionName}
        <span className="muted small"> · {fill(d.problemsCount, { count: String(problems.length) })}</span>
      </h3>
      {problems.length === 0 ? (
        <p className="muted">{d.noProblems}</p>
      ) : (
        <table className="data compact reflow">
          <thead>
            <tr>
              <th scope="col">{d.month}</th>
              <th scope="col">{d.code}</th>
              <th scope="col">{d.target}</th>
              <th scope="col">{d.dueDay}</th>
              <th scope="col">{d.enteredOn}</th>
              <th scope="col">{d.status}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((c) => (
              <tr key={`${c.targetId}-${c.month}`} data-testid="problem-row" data-code={c.code} data-month={c.month} data-status={c.status}>
                <td className="nowrap" data-label={d.month}>
                  {formatMonth(c.month, locale)}
                </td>
                <td className="nowrap" data-label={d.code}>
                  {c.code}
                </td>
                <td className="cell-title">
                  <Link href={`/targets/${c.targetId}?asOf=${asOf}`}>{c.title}</Link>
                </td>
                <td className="nowrap" data-label={d.dueDay}>
                  {formatDayInYear(c.dueDay, year, locale)}
                </td>
                <td className="nowrap" data-label={d.enteredOn}>
                  {c.enteredOn ? formatDayInYear(c.enteredOn, year, locale) : <span className="muted">{d.notEntered}</span>}
                </td>
                <td data-label={d.status}>
                  <span className={`badge submission-${c.status}`}>{t.submission[c.status]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
