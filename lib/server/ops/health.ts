import fs from "node:fs";
import path from "node:path";
import { migrationsPathFor, resolveDatabase, type DatabaseTarget } from "../database-url";
import { db, type Db } from "../db";

/**
 * What GET /api/health answers (#11): whether the database answers and whether every migration folder of
 * the code is applied to it. Only these words, never names, versions or errors: the route is public.
 * - database: "ok" | "error" (no answer within DEADLINE_MS, or an error)
 * - migrations: "current"; "pending" (a folder not applied, also when there is no _prisma_migrations table);
 *   "failed" (a migration started and did not finish); "diverged" (the database has one the code does not);
 *   "unknown" (the database did not answer)
 */
export interface Health {
  status: "ok" | "unavailable";
  database: "ok" | "error";
  migrations: "current" | "pending" | "failed" | "diverged" | "unknown";
}

const DEADLINE_MS = 3000;

export interface HealthOptions {
  client?: Pick<Db, "$queryRawUnsafe">;
  provider?: DatabaseTarget["provider"];
  /** the project root holding prisma/migrations (default: the current directory, where `next start` runs) */
  root?: string;
}

export async function checkHealth(options: HealthOptions = {}): Promise<Health> {
  const client = options.client ?? db;
  const provider = options.provider ?? resolveDatabase().provider;
  try {
    await withDeadline(client.$queryRawUnsafe("SELECT 1"));
  } catch {
    return { status: "unavailable", database: "error", migrations: "unknown" };
  }
  const migrations = await migrationState(client, migrationFolders(provider, options.root ?? process.cwd()));
  return { status: migrations === "current" ? "ok" : "unavailable", database: "ok", migrations };
}

/** The migration folders of the provider, as `prisma migrate` reads them (every folder of the directory). */
export function migrationFolders(provider: DatabaseTarget["provider"], root: string): string[] {
  const dir = path.join(/*turbopackIgnore: true*/ root, migrationsPathFor(provider));
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

interface MigrationRow {
  migration_name: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

async function migrationState(client: Pick<Db, "$queryRawUnsafe">, local: string[]): Promise<Health["migrations"]> {
  let rows: MigrationRow[];
  try {
    rows = await withDeadline(
      client.$queryRawUnsafe<MigrationRow[]>('SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"'),
    );
  } catch {
    // the database answered SELECT 1: no table means nothing was ever applied
    return local.length === 0 ? "current" : "pending";
  }
  const live = rows.filter((row) => row.rolled_back_at === null);
  if (live.some((row) => row.finished_at === null)) return "failed";
  const applied = new Set(live.map((row) => row.migration_name));
  if (local.some((name) => !applied.has(name))) return "pending";
  const known = new Set(local);
  if ([...applied].some((name) => !known.has(name))) return "diverged";
  return "current";
}

function withDeadline<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("no answer")), DEADLINE_MS);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
