import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Browser-side call to /api/graphql with a typed document; errors keep the server's Chinese message and code. */
export async function requestGraphQL<TData, TVars>(document: TypedDocumentNode<TData, TVars>, variables: TVars): Promise<TData> {
  const res = await fetch("/api/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as { data?: TData; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  if (body.errors?.length) {
    const e = body.errors[0];
    throw new GraphQLRequestError(e.message, String(e.extensions?.code ?? "ERROR"), e.extensions ?? {});
  }
  return body.data as TData;
}
