import type { IsoDate } from "../../domain";
import type { TodoRow } from "../../domain/todo";
import type { SessionUser } from "../auth/session-user";
import { loadTodo, type TodoPlanView } from "./todo-facts";

export interface MyTodoView {
  /** the day it is judged on: today where the bureau works */
  today: IsoDate;
  /** the plans whose monthly updates it follows, with this month and its due day */
  plans: TodoPlanView[];
  /** overdue first, then by due day (lib/domain/todo.ts) */
  rows: TodoRow[];
  count: number;
  overdueCount: number;
}

/** 我的待办: what the signed-in user owes, each row pointing at where the work is done. */
export async function findMyTodo(options: { user: SessionUser }): Promise<MyTodoView> {
  const { today, plans, rows } = await loadTodo(options.user);
  return { today, plans, rows, count: rows.length, overdueCount: rows.filter((r) => r.overdue).length };
}
