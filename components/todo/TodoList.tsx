import Link from "next/link";
import type { TodoKind, TodoRowFieldsFragment } from "../../graphql/generated/client/graphql";
import { fill, formatDate, formatMonth } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { todoHref } from "./todo-links";

interface Props {
  /** in the list's order: overdue first, then by due day (lib/domain/todo.ts) */
  rows: readonly TodoRowFieldsFragment[];
  /** plan id → year, for the owed month's last day */
  planYears: ReadonlyMap<string, number>;
  today: string;
  t: Messages;
  locale: Locale;
}

/**
 * 我的待办, grouped by what is asked. Rows keep the list's order (overdue first, then by due day), and so do the
 * groups: the one holding the most urgent row comes first. Each row is one link to where the work is done;
 * overdue is said in words ("已逾期"), not by colour alone.
 */
export function TodoList({ rows, planYears, today, t, locale }: Props) {
  const kinds = [...new Set(rows.map((r) => r.kind))];
  const groups = kinds.map((kind) => [kind, rows.filter((r) => r.kind === kind)] as const);
  return (
    <>
      {groups.map(([kind, list]) => (
        <section key={kind} className="todo-group" aria-labelledby={`todo-${kind}`} data-testid="todo-group" data-kind={kind}>
          <h2 id={`todo-${kind}`}>
            {t.todo.groups[kind]} <span className="muted small">{fill(t.todo.groupCount, { count: list.length })}</span>
          </h2>
          <ul className="todo-list">
            {list.map((row) => (
              <TodoItem key={row.key} row={row} href={todoHref(row, planYears.get(row.planId) ?? null, today)} t={t} locale={locale} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function TodoItem({ row, href, t, locale }: { row: TodoRowFieldsFragment; href: string; t: Messages; locale: Locale }) {
  const date = (iso: string | null | undefined) => (iso ? formatDate(iso, locale) : "");
  const notice = NOTICE_KINDS.has(row.kind);
  const what = describe(row, t, date);
  return (
    <li
      className={`todo-row${row.overdue ? " todo-row-overdue" : ""}`}
      data-testid="todo-row"
      data-kind={row.kind}
      data-code={row.code ?? ""}
      data-target={row.targetId ?? ""}
      data-overdue={row.overdue ? "true" : "false"}
    >
      <div className="todo-main">
        <Link href={href} className="todo-link">
          {row.code ? <span className="todo-code">{row.code} </span> : null}
          <span className="todo-title">{row.title}</span>
          <span className="todo-action no-print">
            {" "}
            · {t.todo.action[row.kind]} <span aria-hidden="true">→</span>
          </span>
        </Link>
        {what ? <div className="todo-what">{what}</div> : null}
        {row.kind === "RETURNED_FIGURE" ? (
          <div className="todo-detail">{fill(t.todo.reason, { reason: row.detail ?? t.todo.noReason })}</div>
        ) : row.detail && notice ? (
          <div className="todo-detail pre-line">{fill(t.todo.notice, { notice: row.detail })}</div>
        ) : row.detail ? (
          <div className="todo-detail pre-line">{row.detail}</div>
        ) : null}
      </div>
      <div className="todo-when">
        {row.overdue ? <strong className="todo-overdue">{t.todo.overdue}</strong> : null}
        {row.dueDay ? <span className="nowrap">{fill(notice ? t.todo.deadline : t.todo.dueOn, { date: date(row.dueDay) })}</span> : null}
        {row.rectificationState && row.rectificationState !== "OVERDUE" ? (
          <span className={`badge rect-${row.rectificationState}`}>{t.review.rectState[row.rectificationState]}</span>
        ) : null}
        {row.status ? <span className={`badge status-${row.status}`}>{t.status[row.status]}</span> : null}
      </div>
    </li>
  );
}

const NOTICE_KINDS: ReadonlySet<TodoKind> = new Set([
  "RECTIFICATION_TO_ANSWER",
  "ANSWER_TO_SIGN_OFF",
  "OVERDUE_RECTIFICATION",
  "OPEN_RECTIFICATION",
]);

/** The row's one line of what is asked, from its data (a notice says it with its state and deadline instead). */
function describe(row: TodoRowFieldsFragment, t: Messages, date: (iso: string | null | undefined) => string): string | null {
  const m = t.todo;
  switch (row.kind) {
    case "OWED_UPDATE":
      return fill(m.owed, { month: row.month ? formatMonth(row.month, t, "long") : "" });
    case "RETURNED_FIGURE":
      return row.itemName ? fill(m.returnedItem, { name: row.itemName }) : fill(m.returnedEntry, { date: date(row.date) });
    case "ANSWER_TO_SIGN_OFF":
      return fill(m.answeredOn, { date: date(row.date) });
    case "REVIEW_COMMENT":
      return [row.sectionId ? m.commentOnSection : null, fill(m.commentOn, { date: date(row.date) })].filter(Boolean).join(" · ");
    case "FIGURES_TO_CHECK":
      return fill(m.checks, { count: row.count ?? 0 });
    case "SECTION_LATE":
      return fill(m.sectionLate, { month: row.month ? formatMonth(row.month, t, "long") : "", count: row.count ?? 0 });
    case "TURNED_LAGGING":
      return row.previousStatus ? fill(m.turned, { before: t.status[row.previousStatus] }) : m.turnedFirst;
    case "RECTIFICATION_TO_ANSWER":
    case "OVERDUE_RECTIFICATION":
    case "OPEN_RECTIFICATION":
      return null;
  }
}
