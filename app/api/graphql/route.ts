import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from "@apollo/server";
import { NextRequest } from "next/server";
import { createContext, type GraphQLContext } from "../../../graphql/context";
import { GRAPHQL_LIMITS, graphqlInFlight } from "../../../graphql/limits";
import { getApolloServer, trackRequest } from "../../../graphql/server";
import { declaredTooLarge, mediaType, readJsonObject, tooLarge } from "../../../lib/server/http/body";
import { inFlightKey } from "../../../lib/server/http/in-flight";
import { withRequestLog, type RequestLogState } from "../../../lib/server/http/request-log";
import { sessionUser } from "../_lib/operation-route";
import { msg } from "../../../lib/i18n/message-text";
import { LOCALE_COOKIE, toLocale } from "../../../lib/i18n/messages";
import { renderMessage } from "../../../lib/i18n/render-message";

/**
 * The GraphQL endpoint is a mount: every root field behind it is an operation of graphql/operations, run by the
 * same runner as the other routes. The session is read by the one helper that reads it (app/api/_lib).
 *
 * Before Apollo sees a request (#11): the body is read as a stream and refused past GRAPHQL_LIMITS.bodyBytes
 * (413), it must be a UTF-8 JSON object (anything else is a typed 400, never a 500), and the caller may have
 * only a few requests in flight (429 with Retry-After). Apollo then gets the parsed body and the original
 * headers — so `application/json; charset=utf-8` works and its CSRF prevention still applies to every request
 * — and applies the document limits (graphql/limits). Each request writes one log line.
 */
const ROUTE = { GET: "GET /api/graphql", POST: "POST /api/graphql" } as const;
const RETRY_AFTER_SECONDS = 1;

const starts = ((globalThis as typeof globalThis & { __apolloStarts?: WeakMap<object, Promise<void>> }).__apolloStarts ??= new WeakMap());

/** Starts the server once; a server another caller (a test's executeOperation) already started is fine. */
function started(server: ApolloServer<GraphQLContext>): Promise<void> {
  let start = starts.get(server);
  if (!start) {
    start = server.start().catch((e: unknown) => {
      if (!String(e).includes("only call 'start()'")) throw e;
    });
    starts.set(server, start);
  }
  return start;
}

/** A GraphQL-shaped refusal that Apollo never saw. */
function refuse(
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return Response.json(
    { errors: [{ message, extensions: { code, ...extensions } }] },
    { status, headers: { "cache-control": "no-store", ...headers } },
  );
}

function toResponse(res: HTTPGraphQLResponse): Response {
  // every answer is one user's data (Apollo's cache-control plugin, which said so, is off: graphql/server.ts)
  const headers = new Headers({ "cache-control": "no-store" });
  for (const [key, value] of res.headers) headers.set(key, value);
  const status = res.status ?? 200;
  if (res.body.kind === "complete") return new Response(res.body.string, { status, headers });
  const chunks = res.body.asyncIterator;
  const encoder = new TextEncoder();
  return new Response(
    new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      },
    }),
    { status, headers },
  );
}

async function respond(request: Request, state: RequestLogState): Promise<Response> {
  // the session helper wants a NextRequest, which a test's Request is not; the body is read below, not by it
  const req = request instanceof NextRequest ? request : new NextRequest(request.url, { method: request.method, headers: request.headers });
  const locale = toLocale(req.cookies.get(LOCALE_COOKIE)?.value);
  const refusal = (status: number, code: string, message: string, extensions?: Record<string, unknown>, headers?: Record<string, string>) =>
    refuse(status, code, renderMessage(message, locale), extensions, headers);
  let body: Record<string, unknown> | undefined;
  if (request.method === "POST") {
    if (declaredTooLarge(request.headers, GRAPHQL_LIMITS.bodyBytes)) {
      const t = tooLarge(GRAPHQL_LIMITS.bodyBytes);
      return refusal(t.status, t.code, t.message);
    }
    // A JSON body is read here; any other type is left unread for Apollo to refuse (CSRF prevention, 400).
    if (mediaType(request.headers.get("content-type"))?.essence === "application/json") {
      const parsed = await readJsonObject(request, GRAPHQL_LIMITS.bodyBytes);
      if (!parsed.ok) return refusal(parsed.status, parsed.code, parsed.message);
      body = parsed.value;
    }
  }

  const user = await sessionUser(req);
  state.user = user?.id ?? null;
  const { key, anonymous } = inFlightKey(state.user, req.headers);
  const release = graphqlInFlight.tryAcquire(key, anonymous);
  if (!release) {
    return refusal(
      429,
      "RATE_LIMITED",
      msg("request.tooManyInFlight"),
      { retryAfterSeconds: RETRY_AFTER_SECONDS },
      { "retry-after": String(RETRY_AFTER_SECONDS) },
    );
  }
  try {
    const server = getApolloServer();
    await started(server);
    const headers = new HeaderMap();
    req.headers.forEach((value, name) => headers.set(name, value));
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method, headers, search: req.nextUrl.search, body };
    const info = trackRequest(httpGraphQLRequest);
    try {
      return toResponse(await server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => createContext(user, locale) }));
    } finally {
      state.operation = info.operation;
      state.errors = info.errors;
    }
  } finally {
    release();
  }
}

function handle(request: Request, method: keyof typeof ROUTE): Promise<Response> {
  return withRequestLog(request, ROUTE[method], (state) => respond(request, state), null);
}

// Next 16's route type check wants (request, context) handlers.
export const GET = (req: NextRequest) => handle(req, "GET");
export const POST = (req: NextRequest) => handle(req, "POST");
