// One app instance for tests/integration/multi-instance.test.ts: a plain Node HTTP server in its own process
// that serves every route handler the app has (app/api/**/route.ts: GraphQL, sign-in, uploads, downloads …),
// found and called as tests/integration/route-harness.ts does, so the same code runs as under `next start` —
// only Next's page rendering and build are left out (a production build per test would take minutes).
// Like Next, it appends the socket's address to X-Forwarded-For (the sign-in throttle's address).
// It prints one line on stdout once it listens:
//   LISTENING <port>
// Run as: node --import tsx tests/integration/app-instance.ts  with DATABASE_URL, SESSION_SECRET, EVIDENCE_DIR
// (and optionally EVIDENCE_STORE) set; it listens on 127.0.0.1 and a free port, and stops on SIGTERM.
import http from "node:http";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { NextRequest } from "next/server";
import { routeHandler, routeHandlers } from "./route-harness";

interface Mount {
  method: string;
  pattern: RegExp;
  names: string[];
  key: string;
}

/** "GET /api/evidence/[id]" → a pattern matching /api/evidence/<one segment>, capturing it as `id`. */
function mountOf(key: string): Mount {
  const [method, route] = key.split(" ");
  const names: string[] = [];
  const source = route
    .split("/")
    .map((segment) => {
      const param = /^\[(\w+)\]$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|\\]/g, "\\$&");
      names.push(param[1]);
      return "([^/]+)";
    })
    .join("/");
  return { method, pattern: new RegExp(`^${source}$`), names, key };
}

const mounts = (await routeHandlers()).map(mountOf);

function toRequest(req: http.IncomingMessage): NextRequest {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const forwarded = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
  headers.set("x-forwarded-for", forwarded);
  const method = req.method ?? "GET";
  const body = method === "GET" || method === "HEAD" ? undefined : (Readable.toWeb(req) as WebReadableStream<Uint8Array>);
  // a streamed body needs duplex "half" (undici), which the DOM RequestInit type does not list
  const init = { method, headers, body, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1];
  return new NextRequest(`http://${req.headers.host ?? "127.0.0.1"}${req.url ?? "/"}`, init);
}

async function send(res: http.ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(body);
}

const server = http.createServer((req, res) => {
  void (async () => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    for (const mount of mounts) {
      const match = req.method === mount.method ? mount.pattern.exec(path) : null;
      if (!match) continue;
      const params = Object.fromEntries(mount.names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
      const handler = await routeHandler(mount.key);
      return send(res, await handler(toRequest(req), { params: Promise.resolve(params) }));
    }
    res.writeHead(404).end();
  })().catch((error: unknown) => {
    process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`LISTENING ${typeof address === "object" && address ? address.port : 0}\n`);
});

process.on("SIGTERM", () => {
  server.close();
  void import("../../lib/server/db").then(({ disconnectDb }) => disconnectDb()).finally(() => process.exit(0));
});
