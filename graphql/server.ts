import { ApolloServer, type ApolloServerPlugin, type HTTPGraphQLRequest } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { Kind, type GraphQLError } from "graphql";
import { isAppError } from "../lib/server/errors";
import type { GraphQLContext } from "./context";
import { formatErrorForApollo, relocalizeError } from "./errors";
import { graphqlProtection } from "./limits";
import { getSchema } from "./schema";
import { DEFAULT_LOCALE } from "../lib/i18n/messages";

/** What the request log says about one HTTP request's operation (filled in by the plugin below). */
export interface GraphQLRequestInfo {
  /** the operation's name, or its root fields when it has none; null when it never resolved (parse or validation failure) */
  operation: string | null;
  /** extensions.code of each error, never the message */
  errors: string[];
}

const requestInfo = new WeakMap<HTTPGraphQLRequest, GraphQLRequestInfo>();

/** Starts collecting what the log line needs about `request` (the object handed to executeHTTPGraphQLRequest). */
export function trackRequest(request: HTTPGraphQLRequest): GraphQLRequestInfo {
  const info: GraphQLRequestInfo = { operation: null, errors: [] };
  requestInfo.set(request, info);
  return info;
}

function errorCode(error: GraphQLError): string {
  const code = error.extensions?.code;
  if (typeof code === "string") return code;
  const original = unwrapResolverError(error);
  return isAppError(original) ? original.code : "INTERNAL_SERVER_ERROR";
}

const requestInfoPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart({ request }) {
    const info = request.http ? requestInfo.get(request.http) : undefined;
    if (!info) return;
    return {
      async didResolveOperation({ operationName, operation }) {
        const fields = operation?.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) ?? [];
        info.operation = (operationName ?? fields.join(",")).slice(0, 120) || null;
      },
      async didEncounterErrors({ errors }) {
        info.errors = [...new Set(errors.map(errorCode))];
      },
    };
  },
};

/**
 * Errors in the request's language: formatError answers in Chinese (it knows no request); a request whose
 * context says English (the language cookie, graphql/context.ts) gets its errors again in English.
 */
const localizeErrorsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const locale = contextValue?.locale ?? "zh";
        if (locale === DEFAULT_LOCALE || response.body.kind !== "single") return;
        for (const error of response.body.singleResult.errors ?? []) relocalizeError(error, locale);
      },
    };
  },
};

/**
 * An Apollo server over the app's schema with the request limits of graphql/limits.
 *
 * Apollo's cache-control plugin is off (#12): the schema declares no @cacheControl hints, so all it ever
 * concluded was `no-store`, and for that it wrapped every resolver of the schema and ran a hook per field —
 * ~6% of the CPU of the dashboard query over HTTP. Every answer is one user's data: the route sends `no-store`
 * itself (app/api/graphql/route.ts).
 */
export function createApolloServer({ production }: { production: boolean }): ApolloServer<GraphQLContext> {
  const protection = graphqlProtection({ production });
  return new ApolloServer<GraphQLContext>({
    schema: getSchema(),
    formatError: formatErrorForApollo,
    // On in production too: Apollo's switch refuses `__type(name: …)` with `__schema`; production refuses only
    // `__schema`, by graphql/limits' noSchemaIntrospectionRule (graphql/limits/introspection.ts says why).
    introspection: true,
    ...protection,
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<GraphQLContext>[]),
      requestInfoPlugin,
      localizeErrorsPlugin,
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
}

const cache = globalThis as unknown as { __apollo?: ApolloServer<GraphQLContext> };

/** The one Apollo server of the process (kept across dev reloads). */
export function getApolloServer(): ApolloServer<GraphQLContext> {
  cache.__apollo ??= createApolloServer({ production: process.env.NODE_ENV === "production" });
  return cache.__apollo;
}
