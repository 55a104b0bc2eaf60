import type { SessionUser } from "../auth/session-user";
import { loadTodo } from "./todo-facts";

/**
 * The header's 我的待办 count: the number of rows the list has, from the same facts and rules (lib/domain/todo.ts),
 * so the two never disagree. It loads only what the user's role needs, in a fixed number of queries.
 */
export async function countMyTodo(options: { user: SessionUser }): Promise<number> {
  return (await loadTodo(options.user)).rows.length;
}
