import { operation } from "../../lib/server/operations/define-operation";
import { searchEverything } from "../../lib/server/search/search-everything";
import { searchInput } from "../../lib/validation/search";

/**
 * 站内搜索: any signed-in user, over what they read. It names no resource (the caller sends no id): the
 * service scopes every kind by the same read rule as a `where` (readablePlanWhere / readableUnitWhere), as
 * the plan list and the unit tree do.
 */
export const search = operation({
  name: "Query.search",
  roles: "SIGNED_IN",
  input: searchInput,
  access: "read",
  resources: () => [],
  run: ({ user, input }) => searchEverything({ user, query: input.query }),
});
