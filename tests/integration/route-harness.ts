// Calls the app's route handlers (app/api/**/route.ts) directly, as Next would: a NextRequest with the sealed
// session cookie, and the dynamic segments as a promised params object.
import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { openSession, SESSION_COOKIE } from "../../lib/server/auth/session";

const API_DIR = path.resolve(process.cwd(), "app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The route.ts files Next serves: private folders (_lib) are not routes. */
function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith("_") ? [] : routeFiles(full);
    return e.name === "route.ts" ? [full] : [];
  });
}

/** app/api/plans/[planId]/scores/route.ts → /api/plans/[planId]/scores (route groups "(x)" leave no segment) */
function routePath(file: string): string {
  const segments = path
    .relative(API_DIR, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s));
  return ["/api", ...segments].join("/");
}

const handlers = new Map<string, Handler>();

/**
 * Every exported handler of every route file on disk, keyed "GET /api/plans/[planId]/scores". Importing the
 * modules works in vitest (node): next/server's NextRequest is plain fetch API, and next/headers is only
 * touched when sign-in/sign-out call cookies(), which throws outside Next's request scope. Importing the
 * GraphQL route logs an Apollo "start() once" error when the shared server already runs; requests still work.
 */
export async function routeHandlers(): Promise<string[]> {
  if (handlers.size === 0) {
    for (const file of routeFiles(API_DIR)) {
      const mod = (await import(file)) as Record<string, unknown>;
      const route = routePath(file);
      for (const m of METHODS) if (typeof mod[m] === "function") handlers.set(`${m} ${route}`, mod[m] as Handler);
    }
  }
  return [...handlers.keys()].sort();
}

/** The handler registered under `key` (see routeHandlers). */
export async function routeHandler(key: string): Promise<Handler & { operation?: { name: string; roles: unknown } }> {
  await routeHandlers();
  const handler = handlers.get(key);
  if (!handler) throw new Error(`no route handler ${key}`);
  return handler;
}

/** A real session of `userId` (a Session row, as signing in opens one) as the Cookie header value. */
export async function sessionCookie(userId: string): Promise<string> {
  return `${SESSION_COOKIE}=${(await openSession(userId)).sealed}`;
}

export interface RouteCall {
  /** the real path and query, e.g. /api/plans/abc/scores?format=csv */
  url: string;
  params: Record<string, string>;
  /** a multipart body (sent with POST) */
  form?: FormData;
  /** a JSON body (sent with POST) */
  json?: unknown;
  headers?: Record<string, string>;
}

/** Runs the handler registered under `key` (see routeHandlers) as `userId` (null: no cookie). */
export async function callRoute(key: string, call: RouteCall, userId: string | null): Promise<Response> {
  await routeHandlers();
  const handler = handlers.get(key);
  if (!handler) throw new Error(`no route handler ${key}`);
  const headers = new Headers(call.headers);
  if (call.json !== undefined) headers.set("content-type", "application/json");
  if (userId) headers.set("cookie", await sessionCookie(userId));
  const method = key.split(" ")[0];
  const req = new NextRequest(`http://localhost${call.url}`, {
    method,
    headers,
    body: call.form ?? (call.json !== undefined ? JSON.stringify(call.json) : undefined),
  });
  return handler(req, { params: Promise.resolve(call.params) });
}

/** A small valid PDF, as an upload form's single "file" field. */
export function pdfForm(name = "越权上传.pdf"): FormData {
  const form = new FormData();
  form.append(
    "file",
    new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")], name, { type: "application/pdf" }),
  );
  return form;
}
