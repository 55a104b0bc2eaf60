/* global process */
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
  // Separate build folders let two test servers (different ports) build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
