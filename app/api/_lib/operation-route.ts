import { NextRequest } from "next/server";
import { attachmentDisposition } from "../../../lib/server/audit/to-csv";
import { SESSION_COOKIE, userFromSealedSession } from "../../../lib/server/auth/session";
import type { SessionUser } from "../../../lib/server/auth/session-user";
import { isAppError, localizedError, type AppErrorCode } from "../../../lib/server/errors";
import { withRequestLog } from "../../../lib/server/http/request-log";
import type { Operation, PublicOperation, SignedInOperation } from "../../../lib/server/operations/define-operation";
import { runOperation } from "../../../lib/server/operations/run-operation";
import { LOCALE_COOKIE, toLocale } from "../../../lib/i18n/messages";

/**
 * Route handlers (exports, evidence up/downloads, calendar feeds, the duty workbook, the plan template, sign-in)
 * are operations like the GraphQL fields: declared once with roles, input, resources and audit, and run by the
 * same runner. This file is the only one under app/api that reads the session cookie. Every route.ts exports
 * handlers made here; the start-up check (instrumentation.ts) and the cross-unit test refuse any other kind.
 */
type RouteExtras = { request: NextRequest };
type Params = { params: Promise<Record<string, string | string[]>> };

type SignedInRoute<I> = Omit<SignedInOperation<I, Response>, "run"> & {
  run: (call: Parameters<SignedInOperation<I, Response>["run"]>[0] & RouteExtras) => Promise<Response> | Response;
};
type PublicRoute<I> = Omit<PublicOperation<I, Response>, "run"> & {
  run: (call: Parameters<PublicOperation<I, Response>["run"]>[0] & RouteExtras) => Promise<Response> | Response;
};
export type RouteOperation<I> = SignedInRoute<I> | PublicRoute<I>;

interface RouteOptions {
  /** how a refusal answers: JSON `{ error: { code, message } }` for the upload forms, plain text for downloads */
  errors?: "json" | "text";
}

export type RouteHandler = ((req: Request, context?: Params) => Promise<Response>) & { operation: RouteOperation<never> };

const STATUS: Record<AppErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PERIOD_LOCKED: 409,
  RATE_LIMITED: 429,
  PASSWORD_CHANGE_REQUIRED: 403,
  NEEDS_CONFIRMATION: 409,
};

/** The route's input: its path parameters and its query string (one value per name). */
async function rawInput(req: NextRequest, context: Params | undefined): Promise<Record<string, unknown>> {
  const params = (await context?.params) ?? {};
  return { ...Object.fromEntries(req.nextUrl.searchParams), ...params };
}

/** The request's language: the language cookie (Chinese unless English was chosen). */
export const requestLocale = (req: NextRequest) => toLocale(req.cookies.get(LOCALE_COOKIE)?.value);

export function sessionUser(req: NextRequest): Promise<SessionUser | null> {
  return userFromSealedSession(req.cookies.get(SESSION_COOKIE)?.value);
}

export function route<I>(def: SignedInRoute<I>, options?: RouteOptions): RouteHandler;
export function route<I>(def: PublicRoute<I>, options?: RouteOptions): RouteHandler;
export function route<I>(def: RouteOperation<I>, options: RouteOptions = {}): RouteHandler {
  // Each call writes one request log line (lib/server/http/request-log.ts) named by the route's declared name.
  const handler = (request: Request, context?: Params): Promise<Response> =>
    withRequestLog(request, def.name, async (log) => {
      const req = request instanceof NextRequest ? request : new NextRequest(request);
      try {
        const op = { ...def, run: (call: object) => def.run({ ...call, request: req } as never) } as unknown as Operation<
          unknown,
          Response
        >;
        const user = await sessionUser(req);
        log.user = user?.id ?? null;
        return await runOperation(op, user, await rawInput(req, context));
      } catch (e) {
        if (!isAppError(e)) throw e;
        const status = STATUS[e.code] ?? 400;
        // in the request's language (the language cookie), as GraphQL answers (graphql/errors.ts)
        const { message, details } = localizedError(e, requestLocale(req));
        if (options.errors === "json") return Response.json({ error: { code: e.code, message, ...details } }, { status });
        return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
      }
    });
  return Object.assign(handler, { operation: def as unknown as RouteOperation<never> });
}

/** A file download: attachment (or inline), never cached by shared caches, never sniffed. */
export function download(
  body: BodyInit,
  contentType: string,
  fileName: string,
  asciiName: string,
  disposition: "attachment" | "inline" = "attachment",
  extra: Record<string, string> = {},
) {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": attachmentDisposition(fileName, asciiName, disposition),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      ...extra,
    },
  });
}

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV = "text/csv; charset=utf-8";
