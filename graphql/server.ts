import { ApolloServer } from "@apollo/server";
import type { GraphQLContext } from "./context";
import { formatError } from "./errors";
import { getSchema } from "./schema";

const cache = globalThis as unknown as { __apollo?: ApolloServer<GraphQLContext> };

/** The one Apollo server of the process (kept across dev reloads). */
export function getApolloServer(): ApolloServer<GraphQLContext> {
  cache.__apollo ??= new ApolloServer<GraphQLContext>({
    schema: getSchema(),
    formatError,
    introspection: process.env.NODE_ENV !== "production",
  });
  return cache.__apollo;
}
