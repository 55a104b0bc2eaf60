import { graphql } from "../../graphql/generated/client";
import { runOperation } from "../../graphql/execute";
import { PrintButton } from "../../components/reviews/PrintButton";
import { TodoList } from "../../components/todo/TodoList";
import "../../components/todo/fragments";
import { fill, formatDate, formatMonth } from "../../lib/i18n/format";
import { requirePageContext } from "../_lib/request-context";
import { aside } from "../../lib/i18n/punctuation";

const MyTodoQuery = graphql(`
  query MyTodoPage {
    myTodo {
      today
      count
      overdueCount
      plans {
        id
        title
        year
        month
        dueDay
      }
      rows {
        ...TodoRowFields
      }
    }
  }
`);

/** 我的待办: what the signed-in user owes, grouped, each row a link to where it is done; section heads and assessors land here. */
export default async function TodoPage() {
  const { user, t, locale } = await requirePageContext("/todo");
  const { myTodo: d } = await runOperation(MyTodoQuery, {}, user);
  const m = t.todo;
  const planYears = new Map(d.plans.map((p) => [p.id, p.year]));
  return (
    <div className="todo-page">
      <div className="print-only print-header">
        <strong>
          {m.title} · {user.displayName}
        </strong>
        <span>{formatDate(d.today, locale)}</span>
      </div>
      <h1>{m.title}</h1>
      <p className="subtitle">
        {user.displayName}
        {aside(t.roles[user.role], t)} · {fill(m.today, { date: formatDate(d.today, locale) })}
      </p>
      <p className="muted small">{m.intro[user.role]}</p>
      {d.plans.length > 0 ? (
        <ul className="todo-plans small" data-testid="todo-plans">
          {d.plans.map((p) => (
            <li key={p.id}>
              {fill(m.planMonth, { plan: p.title, month: formatMonth(p.month, locale, "long"), date: formatDate(p.dueDay, locale) })}
            </li>
          ))}
        </ul>
      ) : null}
      {d.rows.length === 0 ? (
        <div className="panel todo-empty" data-testid="todo-empty">
          <p>
            <strong>{m.empty}</strong>
          </p>
          <p className="muted small">{m.emptyHint}</p>
        </div>
      ) : (
        <>
          <div className="todo-toolbar">
            <p className="todo-summary" data-testid="todo-summary">
              {fill(m.summary, { count: d.count, overdue: d.overdueCount })}
            </p>
            <PrintButton label={m.print} />
          </div>
          <TodoList rows={d.rows} planYears={planYears} today={d.today} t={t} locale={locale} />
        </>
      )}
    </div>
  );
}
