import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLArmorRejectCallback } from "@escape.tech/graphql-armor-types";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type ASTNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from "graphql";
import { msg } from "../../lib/i18n/message-text";
import { InFlightLimiter } from "../../lib/server/http/in-flight";
import { noSchemaIntrospectionRule } from "./introspection";

/**
 * What one request to /api/graphql may ask for (#11). The app's own documents stay far below every limit —
 * tests/integration/graphql-limits.test.ts runs each of them through these rules and measures them; the
 * biggest (ReviewDetail) has 350 tokens, depth 9, cost ≈1,654, 0 aliases, 0 directives; the most root
 * fields in one document is 2. A query over a limit is refused during validation, before any resolver runs.
 */
export const GRAPHQL_LIMITS = {
  /** request body, bytes (the biggest real document is ~3 KB; variables are small) */
  bodyBytes: 1024 * 1024,
  /** lexical tokens in the document (graphql-js's own parser limit) */
  tokens: 2000,
  /** aliased fields per operation (graphql-armor; __typename does not count) */
  aliases: 15,
  /** selection depth, fragments included (graphql-armor) */
  depth: 12,
  /** directives per operation (graphql-armor) */
  directives: 10,
  /** graphql-armor's cost: 1 a scalar, 2 an object, ×1.5 a level */
  cost: 5000,
  /** root fields per operation, aliases and fragments included */
  rootFields: 8,
  /** GraphQL requests in flight per signed-in user, or per address for anonymous callers */
  inFlightPerUser: 4,
  /** anonymous GraphQL requests in flight together (an address can be forged without a proxy) */
  inFlightAnonymous: 16,
} as const;

export type LimitName = "tokens" | "aliases" | "depth" | "directives" | "cost" | "rootFields";

/** 查询过长：最多 2000 个词法单元: the limit named, as a catalogue message (lib/i18n/errors.ts). */
export const limitMessage = (limit: LimitName, max: number) => msg(`limit.${limit}`, { max });

/** A refused-by-limit error: Apollo answers it as GRAPHQL_VALIDATION_FAILED (400), with the limit named. */
export function limitError(limit: LimitName, nodes?: readonly ASTNode[]): GraphQLError {
  const max = GRAPHQL_LIMITS[limit];
  return new GraphQLError(limitMessage(limit, max), { nodes, extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit, max } });
}

/** graphql-js's message when the parser's maxTokens stops it (the wording has a typo: "more that"). */
export const TOKEN_LIMIT_MESSAGE = /Document contains more th(?:at|an) \d+ tokens/;

/** armor reports through the validation context (400), in our words, instead of throwing (500). */
function reportAs(limit: LimitName): { propagateOnRejection: false; onReject: GraphQLArmorRejectCallback[] } {
  return { propagateOnRejection: false, onReject: [(ctx: ValidationContext | null) => ctx?.reportError(limitError(limit))] };
}

/** Counts an operation's root fields through inline fragments and fragment spreads (each fragment once per path). */
function rootFieldCount(context: ValidationContext, set: SelectionSetNode, seen: Set<string>): number {
  let n = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) n += s.name.value === "__typename" ? 0 : 1;
    else if (s.kind === Kind.INLINE_FRAGMENT) n += rootFieldCount(context, s.selectionSet, seen);
    else if (!seen.has(s.name.value)) {
      const fragment = context.getFragment(s.name.value);
      if (fragment) n += rootFieldCount(context, fragment.selectionSet, new Set([...seen, s.name.value]));
    }
  }
  return n;
}

/** graphql-armor has no cap on root fields; each one is an operation of its own (its own authorization and loads). */
export function maxRootFieldsRule(max: number = GRAPHQL_LIMITS.rootFields): ValidationRule {
  return (context) => ({
    OperationDefinition(node) {
      if (rootFieldCount(context, node.selectionSet, new Set()) > max) context.reportError(limitError("rootFields", [node]));
    },
  });
}

export interface GraphQLProtection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  allowBatchedHttpRequests: false;
}

/**
 * The limits as Apollo server options. armor's own token limit is off: its Apollo plugin throws from
 * parsingDidStart, which Apollo answers as a 500; graphql-js's parser limit (parseOptions.maxTokens) counts
 * the same tokens and fails as a 400 GRAPHQL_PARSE_FAILED (worded in graphql/errors.ts). Field suggestions
 * ("Did you mean …?") are hidden in production, where the whole-schema dump `__schema` is refused too
 * (./introspection.ts: `__type(name: …)` and `__typename` stay answered).
 */
export function graphqlProtection({ production }: { production: boolean }): GraphQLProtection {
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    maxAliases: { n: GRAPHQL_LIMITS.aliases, ...reportAs("aliases") },
    maxDepth: { n: GRAPHQL_LIMITS.depth, ...reportAs("depth") },
    maxDirectives: { n: GRAPHQL_LIMITS.directives, ...reportAs("directives") },
    costLimit: { maxCost: GRAPHQL_LIMITS.cost, ...reportAs("cost") },
    blockFieldSuggestion: { enabled: production, mask: "" },
  }).protect();
  return {
    plugins: armor.plugins as ApolloServerPlugin[],
    validationRules: [...armor.validationRules, maxRootFieldsRule(), ...(production ? [noSchemaIntrospectionRule()] : [])],
    parseOptions: { maxTokens: GRAPHQL_LIMITS.tokens },
    allowBatchedHttpRequests: false,
  };
}

const holder = globalThis as typeof globalThis & { __graphqlInFlight?: InFlightLimiter };
/** The process's count of GraphQL requests in flight (per instance; see lib/server/http/in-flight.ts). */
export const graphqlInFlight: InFlightLimiter = (holder.__graphqlInFlight ??= new InFlightLimiter(
  GRAPHQL_LIMITS.inFlightPerUser,
  GRAPHQL_LIMITS.inFlightAnonymous,
));
