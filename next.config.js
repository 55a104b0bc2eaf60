/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is native and the generated Prisma client loads Wasm: keep them out of the bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@node-rs/argon2"],
  poweredByHeader: false,
};

export default nextConfig;
