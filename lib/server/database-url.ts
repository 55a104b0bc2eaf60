import path from "node:path";

/**
 * One env var picks the database: DATABASE_URL=postgresql://… runs on PostgreSQL, anything else (or
 * nothing) on the embedded SQLite file. Shared by the runtime client, the migration script and
 * prisma.config.ts so they can never point at different databases.
 */
export type DatabaseTarget = { provider: "sqlite"; url: string; file: string } | { provider: "postgresql"; url: string };

const DEFAULT_SQLITE_URL = "file:./data/tracker.db";

export function resolveDatabase(url: string | undefined = process.env.DATABASE_URL, root: string = process.cwd()): DatabaseTarget {
  const value = url && url.trim() !== "" ? url.trim() : DEFAULT_SQLITE_URL;
  if (/^postgres(ql)?:\/\//i.test(value)) return { provider: "postgresql", url: value };
  const raw = value.replace(/^file:/, "");
  // better-sqlite3 resolves relative paths against the current directory; anchor them at the project root.
  const file = path.isAbsolute(raw) ? raw : path.resolve(root, raw);
  return { provider: "sqlite", url: `file:${file}`, file };
}

export function schemaPathFor(provider: DatabaseTarget["provider"]): string {
  return provider === "postgresql" ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma";
}

export function migrationsPathFor(provider: DatabaseTarget["provider"]): string {
  return provider === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations";
}
