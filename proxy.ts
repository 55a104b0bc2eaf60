import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "./lib/server/http/content-security-policy";

/**
 * Every page response gets its own Content-Security-Policy with a fresh script nonce (#11). The policy goes on
 * the request too: Next reads the nonce from the request's CSP header while rendering and puts it on its own
 * scripts (bootstrap, chunks, inline flight data). A page's own inline <script> would read it the same way,
 * from `(await headers()).get("content-security-policy")` — the app writes none today.
 *
 * The policy replaces the static one next.config.js sends on every response (the proxy's response headers are
 * applied after the config's, under the same name), so a page carries exactly one CSP header. API routes,
 * static files and prefetches skip the proxy (see `config`) and keep the static policy.
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy({
    nonce: createNonce(),
    https: process.env.HSTS === "true",
    development: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // everything but API routes, build output, optimised images and the favicon
      source: "/((?!api(?:/|$)|_next/static|_next/image|favicon\\.ico).*)",
      // prefetches (next/link) carry no HTML to protect, and a nonce made for them would never be used
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
