// `prisma migrate deploy` and `prisma migrate status` on the Wasm schema engine. Used by scripts/migrate.ts
// and by integration tests (`await applyMigrations(url)` before touching a fresh database).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { resolveDatabase, type DatabaseTarget } from "../../lib/server/database-url";
import {
  migrationsDirFor,
  NO_FILTER,
  postgresAdapterFactory,
  PROJECT_ROOT,
  readMigrationsList,
  sqliteAdapterFactory,
  withSchemaEngine,
} from "./schema-engine";

/**
 * Applies every pending migration of the database's provider (prisma/migrations for SQLite,
 * prisma/postgres/migrations for PostgreSQL) and records them in `_prisma_migrations` exactly as
 * `prisma migrate deploy` does. Returns the names of the migrations it applied (empty when up to date).
 * A SQLite file and its folder are created when missing.
 */
export async function applyMigrations(databaseUrl: string, options: { log?: (message: string) => void } = {}): Promise<string[]> {
  const target = resolveDatabase(databaseUrl, PROJECT_ROOT);
  const migrationsList = readMigrationsList(migrationsDirFor(target.provider));
  if (migrationsList.migrationDirectories.length === 0) return [];
  // Like `prisma migrate deploy`, create the database itself when it does not exist yet.
  if (target.provider === "sqlite") {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
  } else if (await ensurePostgresDatabase(target.url)) {
    options.log?.(`Created database ${new URL(target.url).pathname.slice(1)}.`);
  }

  // No schema is passed: like `migrate deploy`, applying depends on the migration files alone.
  const result = await withSchemaEngine(adapterFactoryFor(target), undefined, (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTER }),
  );
  return result.appliedMigrationNames;
}

export interface MigrationStatus {
  provider: DatabaseTarget["provider"];
  /** Migration folders on disk, in order. */
  local: string[];
  applied: string[];
  pending: string[];
  /** Started but not finished: `prisma migrate resolve` territory. */
  failed: string[];
  /** Applied, but migration.sql changed since (checksum mismatch). */
  edited: string[];
  /** Recorded in the database but missing from the migrations folder. */
  missingLocally: string[];
}

/** What `prisma migrate status` reports, as data. Does not create a missing SQLite file. */
export async function migrationStatus(databaseUrl: string): Promise<MigrationStatus> {
  const target = resolveDatabase(databaseUrl, PROJECT_ROOT);
  const migrationsList = readMigrationsList(migrationsDirFor(target.provider));
  const local = migrationsList.migrationDirectories.map((dir) => dir.path);
  const status: MigrationStatus = {
    provider: target.provider,
    local,
    applied: [],
    pending: local,
    failed: [],
    edited: [],
    missingLocally: [],
  };
  // A database that does not exist yet has every migration pending; do not create it just to say so.
  if (target.provider === "sqlite" ? !fs.existsSync(target.file) : !(await postgresDatabaseExists(target.url))) {
    return status;
  }

  const diagnosis = await withSchemaEngine(adapterFactoryFor(target), undefined, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTER }),
  );
  const history = diagnosis.history;
  const pending = history && "unappliedMigrationNames" in history ? history.unappliedMigrationNames : [];
  const missingLocally = history && "unpersistedMigrationNames" in history ? history.unpersistedMigrationNames : [];
  const notApplied = new Set([...pending, ...diagnosis.failedMigrationNames]);
  return {
    ...status,
    applied: local.filter((name) => !notApplied.has(name)),
    pending,
    failed: diagnosis.failedMigrationNames,
    edited: diagnosis.editedMigrationNames,
    missingLocally,
  };
}

/** Creates the URL's database (connecting to the server's `postgres` database) if missing; true if it did. */
export async function ensurePostgresDatabase(url: string): Promise<boolean> {
  if (await postgresDatabaseExists(url)) return false;
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const serverUrl = new URL(url);
  serverUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
  return true;
}

async function postgresDatabaseExists(url: string): Promise<boolean> {
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "3D000") return false; // invalid_catalog_name
    throw error;
  } finally {
    await probe.end().catch(() => {});
  }
}

function adapterFactoryFor(target: DatabaseTarget) {
  return target.provider === "sqlite" ? sqliteAdapterFactory(target.url) : postgresAdapterFactory(target.url);
}
