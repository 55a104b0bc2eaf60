import type { Operation } from "../../lib/server/operations/define-operation";
import * as audit from "./audit";
import * as bulletins from "./bulletins";
import * as discipline from "./discipline";
import * as duties from "./duties";
import * as figureChecks from "./figure-checks";
import * as items from "./items";
import * as locks from "./locks";
import * as planAdmin from "./plan-admin";
import * as planDocument from "./plan-document";
import * as plans from "./plans";
import * as progress from "./progress";
import * as province from "./province";
import * as reviews from "./reviews";
import * as scores from "./scores";
import * as search from "./search";
import * as targetSettings from "./target-settings";
import * as todo from "./todo";
import * as units from "./units";
import * as users from "./users";

/**
 * Every GraphQL root field's operation, keyed by its name ("Query.review", "Mutation.recordProgress"). The
 * schema's root resolvers are built from this table alone (graphql/schema.ts): a root field without an entry,
 * or an entry without a field, stops the server at start-up.
 */
const MODULES = [
  audit,
  bulletins,
  discipline,
  duties,
  figureChecks,
  items,
  locks,
  planAdmin,
  planDocument,
  plans,
  progress,
  province,
  reviews,
  scores,
  search,
  targetSettings,
  todo,
  units,
  users,
];

export const OPERATIONS: ReadonlyMap<string, Operation<never, unknown>> = (() => {
  const table = new Map<string, Operation<never, unknown>>();
  for (const module of MODULES) {
    for (const [exported, op] of Object.entries(module) as [string, Operation<never, unknown>][]) {
      // an operations module exports operations only, so nothing else can slip into the table unnoticed
      if (typeof op?.run !== "function" || typeof op.name !== "string")
        throw new Error(`graphql/operations: ${exported} is not an operation`);
      if (table.has(op.name)) throw new Error(`Operation ${op.name} is declared twice`);
      table.set(op.name, op);
    }
  }
  return table;
})();
