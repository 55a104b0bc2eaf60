import { GraphQLError, type ValidationRule } from "graphql";
import { msg } from "../../lib/i18n/message-text";

/** The refusal's typed code, where Apollo's own introspection rule puts it (Apollo sets `code` of every validation error to GRAPHQL_VALIDATION_FAILED). */
export const INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED";

/**
 * Production refuses the whole-schema dump and nothing else of introspection (#11). Apollo's `introspection: false`
 * refuses `__type(name: …)` too, which the GraphQL-over-HTTP audit (and any client asking one type's shape) needs;
 * so Apollo's switch stays on and this rule refuses `__schema` wherever it is selected — at the root, aliased or
 * in a fragment — so the full introspection query (graphql-js getIntrospectionQuery, as GraphiQL sends it) is refused. What stays open does not
 * enumerate the schema: `__typename`, and `__type` only for a name the caller already knows, with field suggestions
 * off in production ("Did you mean …?", graphql/limits) so no name can be fished out of an error. From a known root
 * type `__type` does walk on to what it reaches; that is accepted: every operation the app uses ships in its client
 * bundle anyway, and each one is authorized on its own (graphql/operations), so the schema is no secret to keep.
 */
export function noSchemaIntrospectionRule(): ValidationRule {
  return (context) => ({
    Field(node) {
      if (node.name.value !== "__schema") return;
      context.reportError(
        new GraphQLError(msg("limit.introspection"), {
          nodes: [node],
          extensions: { validationErrorCode: INTROSPECTION_DISABLED },
        }),
      );
    },
  });
}
