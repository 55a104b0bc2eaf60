import { execute, type ExecutionResult } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { AppError, isAppError } from "../lib/server/errors";
import type { SessionUser } from "../lib/server/auth/session-user";
import { createContext } from "./context";
import { formatError } from "./errors";
import { getSchema } from "./schema";
import { notFound } from "next/navigation";

/**
 * Runs a typed operation in-process with the same schema, authorization and error mapping as
 * /api/graphql. Server components use it so a page's data goes through GraphQL without an HTTP hop; a NOT_FOUND
 * shows the app's 404 page (Next's notFound()), other errors are thrown to the page.
 */
export async function runOperation<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  user: SessionUser | null,
): Promise<TData> {
  const result = (await execute({
    schema: getSchema(),
    document,
    variableValues: variables,
    contextValue: createContext(user),
  })) as ExecutionResult<TData>;
  if (result.errors?.length) {
    const original = result.errors[0].originalError;
    // a record the page was asked for that does not exist: the 404 page, in the page's language (app/not-found.tsx)
    if (isAppError(original) && original.code === "NOT_FOUND") notFound();
    if (isAppError(original)) throw original;
    const first = formatError(result.errors[0].toJSON?.() ?? { message: result.errors[0].message }, result.errors[0]);
    throw new AppError((first.extensions?.code as AppError["code"]) ?? "BAD_USER_INPUT", first.message);
  }
  // graphql-js builds results on null-prototype objects, which React cannot hand to client components;
  // a JSON round trip yields exactly what the HTTP endpoint would have sent.
  return JSON.parse(JSON.stringify(result.data)) as TData;
}
