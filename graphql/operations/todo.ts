import { operation } from "../../lib/server/operations/define-operation";
import { countMyTodo } from "../../lib/server/todo/count-my-todo";
import { findMyTodo } from "../../lib/server/todo/find-my-todo";
import { noInput } from "../../lib/validation/primitives";

/**
 * 我的待办: the caller's own list, scoped to the caller rather than to a resource it names — the service reads
 * only the caller's unit (and a section head's section), so the operation claims nothing (as Query.unitTree).
 */
export const myTodo = operation({
  name: "Query.myTodo",
  roles: "SIGNED_IN",
  input: noInput,
  access: "read",
  resources: () => [],
  run: ({ user }) => findMyTodo({ user }),
});

export const myTodoCount = operation({
  name: "Query.myTodoCount",
  roles: "SIGNED_IN",
  input: noInput,
  access: "read",
  resources: () => [],
  run: ({ user }) => countMyTodo({ user }),
});
