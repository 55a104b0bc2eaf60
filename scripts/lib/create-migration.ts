// `prisma migrate dev --create-only` for both providers on the Wasm schema engine: one new folder
// `<yyyyMMddHHmmss>_<name>` in prisma/migrations (SQLite) and prisma/postgres/migrations (PostgreSQL), each
// holding the SQL that takes that provider's migration history to the current schema.
//
// The engine's createMigration cannot be used: it needs a shadow database factory the SQLite adapter does
// not provide to it. Diffing from the migration history (replayed into a shadow database) to the schema
// gives the same script.
import fs from "node:fs";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { schemaPathFor } from "../../lib/server/database-url";
import { syncPostgresSchema } from "../sync-postgres-schema";
import {
  lockfileContent,
  migrationsDirFor,
  NO_FILTER,
  postgresAdapterFactory,
  PROJECT_ROOT,
  readMigrationsList,
  sqliteAdapterFactory,
  withSchemaEngine,
  type Provider,
} from "./schema-engine";
import { startTempPostgres } from "./temp-postgres";

const PROVIDERS: Provider[] = ["sqlite", "postgresql"];

export interface CreatedMigration {
  /** `<timestamp>_<name>`, the same for both providers. */
  folder: string;
  /** Paths (relative to the project root) of the files written. */
  written: string[];
  /** Providers whose history already matched the schema (no folder written for them). */
  unchanged: Provider[];
}

export interface CreateMigrationOptions {
  now?: Date;
  /**
   * A PostgreSQL server on which a throwaway shadow database may be created and dropped. Defaults to
   * $SHADOW_DATABASE_URL; without either, a temporary cluster is started for the diff and stopped after.
   */
  shadowServerUrl?: string;
}

/** Creates the migration folders; returns null (and writes nothing) when the schema did not change. */
export async function createMigration(name: string, options: CreateMigrationOptions = {}): Promise<CreatedMigration | null> {
  const folder = `${migrationTimestamp(options.now ?? new Date())}_${sanitizeName(name)}`;
  syncPostgresSchema();

  // Compute both scripts before writing anything, so a failure leaves no half-created migration.
  const scripts = new Map<Provider, string | null>();
  for (const provider of PROVIDERS) {
    const dir = migrationsDirFor(provider);
    if (fs.existsSync(path.join(dir, folder))) throw new Error(`${path.join(dir, folder)} already exists`);
    scripts.set(provider, await diffHistoryToSchema(provider, options.shadowServerUrl ?? process.env.SHADOW_DATABASE_URL));
  }

  const written: string[] = [];
  const unchanged: Provider[] = [];
  for (const [provider, script] of scripts) {
    if (script === null) unchanged.push(provider);
    else written.push(...writeMigration(provider, folder, script));
  }
  return written.length === 0 ? null : { folder, written, unchanged };
}

/** The SQL from the provider's migration history to its schema file, or null when there is nothing to do. */
async function diffHistoryToSchema(provider: Provider, shadowServerUrl: string | undefined): Promise<string | null> {
  const schemaPath = schemaPathFor(provider);
  const schema = { path: schemaPath, content: fs.readFileSync(path.join(PROJECT_ROOT, schemaPath), "utf8") };
  const migrationsList = withLockfile(readMigrationsList(migrationsDirFor(provider)), provider);

  const diff = (factory: SqlMigrationAwareDriverAdapterFactory) =>
    withSchemaEngine(factory, [schema], (engine) =>
      engine.diff({
        from: { tag: "migrations", ...migrationsList },
        to: { tag: "schemaDatamodel", files: [schema] },
        script: true,
        exitCode: true, // 2 when the diff is not empty
        filters: NO_FILTER,
      }),
    );

  let result;
  if (provider === "sqlite") {
    // The diff never touches the app's database: main and shadow connections are in-memory databases.
    result = await diff(sqliteAdapterFactory(":memory:"));
  } else if (shadowServerUrl) {
    result = await diff(postgresAdapterFactory(shadowServerUrl, shadowServerUrl));
  } else {
    const server = await startTempPostgres();
    try {
      result = await diff(postgresAdapterFactory(server.url, server.url));
    } finally {
      await server.stop();
    }
  }
  return result.exitCode === 2 && result.stdout ? result.stdout : null;
}

/** The engine will not diff from a history without a lock file; supply it in memory until one is written. */
function withLockfile(list: MigrationList, provider: Provider): MigrationList {
  return { ...list, lockfile: { ...list.lockfile, content: list.lockfile.content ?? lockfileContent(provider) } };
}

function writeMigration(provider: Provider, folder: string, script: string): string[] {
  const dir = migrationsDirFor(provider);
  const written: string[] = [];
  const lockPath = path.join(dir, "migration_lock.toml");
  fs.mkdirSync(path.join(dir, folder), { recursive: true });
  if (!fs.existsSync(lockPath)) {
    fs.writeFileSync(lockPath, lockfileContent(provider));
    written.push(lockPath);
  }
  const migrationPath = path.join(dir, folder, "migration.sql");
  fs.writeFileSync(migrationPath, script);
  written.push(migrationPath);
  return written.map((file) => path.relative(PROJECT_ROOT, file));
}

/** yyyyMMddHHmmss in UTC, as Prisma names migration folders. */
export function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function sanitizeName(name: string): string {
  const cleaned = name
    .trim()
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!cleaned) throw new Error(`not a usable migration name: "${name}"`);
  return cleaned;
}
