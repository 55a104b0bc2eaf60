import { elapsedMs, logRequest, requestIdFrom } from "../log";

/** What a handler fills in while it answers; the log line is written when it is done. */
export interface RequestLogState {
  /** the signed-in user's id, once known */
  user: string | null;
  /** the operation: the GraphQL operation name or root fields, or the route's declared name */
  operation: string | null;
  /** GraphQL error codes */
  errors?: string[];
}

/** The response with `X-Request-Id`; a response with immutable headers (Response.redirect) is copied first. */
function withRequestId(res: Response, requestId: string): Response {
  try {
    res.headers.set("x-request-id", requestId);
    return res;
  } catch {
    const copy = new Response(res.body, res);
    copy.headers.set("x-request-id", requestId);
    return copy;
  }
}

/**
 * Runs one request's handler and writes its one log line: request id (the caller's X-Request-Id if it is a
 * safe short token, else a new one; echoed in the response), method, the declared route (never the URL — a
 * calendar feed's token is in it), operation, user id, status (500 when the handler threw) and duration.
 */
export async function withRequestLog(
  request: Request,
  route: string,
  handle: (state: RequestLogState) => Promise<Response>,
  /** what `operation` says until the handler knows better (GraphQL: null until the operation resolves) */
  operation: string | null = route,
): Promise<Response> {
  const began = performance.now();
  const requestId = requestIdFrom(request.headers);
  const state: RequestLogState = { user: null, operation };
  let status = 500;
  try {
    const res = withRequestId(await handle(state), requestId);
    status = res.status;
    return res;
  } finally {
    logRequest({
      requestId,
      method: request.method,
      route,
      operation: state.operation,
      user: state.user,
      status,
      durationMs: elapsedMs(began),
      ...(state.errors?.length ? { errors: state.errors } : {}),
    });
  }
}
