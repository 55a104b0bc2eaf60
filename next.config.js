/* global process */
/** The headers every response carries; exported for the test that reads them. */
export function securityHeaders(hsts = false) {
  return [
    { key: "Content-Security-Policy", value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    ...(hsts ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 and argon2 are native. graphql must be one module instance for Apollo, graphql-tools and
  // the in-process executor (the schema is cached on globalThis and shared by route handlers and pages),
  // so it and everything that touches it load from node_modules rather than from per-route bundles.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "@node-rs/argon2",
    "graphql",
    "@apollo/server",
    "@as-integrations/next",
    "@graphql-tools/schema",
    "@graphql-tools/merge",
    "dataloader",
  ],
  poweredByHeader: false,
  // Security headers on every response (#11). The CSP here restricts framing, plugins, <base> and form targets
  // of what is not a page (API routes, static files, prefetches); a page's response gets proxy.ts's policy with
  // a script nonce instead — the proxy's headers are applied after these, under the same name, so a page carries
  // one CSP header. HSTS is sent only when HSTS=true (served over HTTPS).
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.HSTS === "true") }];
  },
  // Separate build folders let two test servers (different ports) build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
