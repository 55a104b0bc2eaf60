/**
 * The problems of an imported sheet (the plan template, the 本月填报表), one row each: its row number in the
 * spreadsheet (or "whole file"), the column and the Chinese message. Each row carries data-row for the tests.
 */
export function ProblemsTable({
  problems,
  labels,
  rowTestId,
}: {
  /** lib/domain/sheet-cells.ts SheetProblem, or its GraphQL twin */
  problems: readonly { row?: number | null; column?: string | null; message: string }[];
  labels: { row: string; column: string; problem: string; wholeFile: string };
  rowTestId: string;
}) {
  return (
    <div className="table-scroll">
      <table className="data compact">
        <thead>
          <tr>
            <th scope="col" className="num">
              {labels.row}
            </th>
            <th scope="col">{labels.column}</th>
            <th scope="col">{labels.problem}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, i) => (
            <tr key={i} data-testid={rowTestId} data-row={problem.row ?? ""}>
              <td className="num">{problem.row ?? labels.wholeFile}</td>
              <td>{problem.column ?? "—"}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
