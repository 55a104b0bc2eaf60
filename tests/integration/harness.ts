import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { FormattedExecutionResult } from "graphql";
import { createContext } from "../../graphql/context";
import { getApolloServer } from "../../graphql/server";
import { findSessionUser } from "../../lib/server/auth/session";
import type { SessionUser } from "../../lib/server/auth/session-user";
import { db, sqlStatementCount } from "../../lib/server/db";

/** Runs an operation through the real Apollo pipeline (schema, authorization, error mapping). */
export async function gql<TData = Record<string, unknown>, TVars = Record<string, unknown>>(
  query: string | TypedDocumentNode<TData, TVars>,
  variables: TVars,
  user: SessionUser | null,
): Promise<FormattedExecutionResult<TData>> {
  const response = await getApolloServer().executeOperation<TData>(
    { query: query as string, variables: variables as Record<string, unknown> },
    { contextValue: createContext(user) },
  );
  if (response.body.kind !== "single") throw new Error("incremental delivery not expected");
  return response.body.singleResult;
}

export async function userNamed(username: string): Promise<SessionUser> {
  const row = await db.user.findUniqueOrThrow({ where: { username } });
  return (await findSessionUser(row.id))!;
}

/** Counts every SQL statement the driver runs while `fn` executes. */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const before = sqlStatementCount();
  const result = await fn();
  return { result, queries: sqlStatementCount() - before };
}
