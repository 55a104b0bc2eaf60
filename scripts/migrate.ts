// Prisma migrations without the native schema engine (it cannot be downloaded here); see scripts/lib.
//
//   npm run db:migrate                   apply pending migrations to $DATABASE_URL (default: SQLite file)
//   npm run db:migrate:create -- <name>  new migration for SQLite and PostgreSQL from the schema change
//   npm run db:migrate:status            list applied and pending migrations; exit 1 when any are pending
//
// Run as `node --experimental-wasm-modules --import tsx scripts/migrate.ts …` (the npm scripts do): the
// schema engine is a Wasm module. The folders keep Prisma's layout, so `prisma migrate deploy` works on a
// machine that has the native engine.
import { resolveDatabase } from "../lib/server/database-url";
import { applyMigrations, migrationStatus } from "./lib/apply-migrations";
import { createMigration } from "./lib/create-migration";

async function deploy(): Promise<number> {
  const target = resolveDatabase();
  console.log(`Database: ${describe(target)}`);
  const applied = await applyMigrations(target.url, { log: (message) => console.log(message) });
  if (applied.length === 0) console.log("No pending migrations.");
  else console.log(`Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join("\n")}`);
  return 0;
}

async function create(name: string | undefined): Promise<number> {
  if (!name) {
    console.error("usage: npm run db:migrate:create -- <name>");
    return 2;
  }
  const created = await createMigration(name);
  if (!created) {
    console.log("The schema matches the migrations of both providers: no migration created.");
    return 0;
  }
  console.log(`Created migration ${created.folder}:\n${created.written.map((file) => `  ${file}`).join("\n")}`);
  for (const provider of created.unchanged) {
    // The schema is shared, so both histories should change together; one that does not has drifted.
    console.warn(`Warning: the ${provider} migrations already matched the schema; no folder written for it.`);
  }
  return 0;
}

async function status(): Promise<number> {
  const target = resolveDatabase();
  const result = await migrationStatus(target.url);
  console.log(`Database: ${describe(target)}`);
  console.log(
    `${result.local.length} migration(s) in ${result.provider === "sqlite" ? "prisma/migrations" : "prisma/postgres/migrations"}`,
  );
  printList("Applied", result.applied);
  printList("Pending", result.pending);
  printList("Failed (resolve before deploying)", result.failed);
  printList("Edited after being applied", result.edited);
  printList("In the database but not in the folder", result.missingLocally);
  const problems = result.pending.length + result.failed.length + result.edited.length + result.missingLocally.length;
  console.log(problems === 0 ? "Database schema is up to date." : "Database is not up to date.");
  return problems === 0 ? 0 : 1;
}

function printList(title: string, names: string[]): void {
  if (names.length > 0) console.log(`${title}:\n${names.map((name) => `  ${name}`).join("\n")}`);
}

/** The URL without its password. */
function describe(target: ReturnType<typeof resolveDatabase>): string {
  if (target.provider === "sqlite") return `SQLite ${target.file}`;
  const url = new URL(target.url);
  if (url.password) url.password = "***";
  return `PostgreSQL ${url.toString()}`;
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case "deploy":
      return deploy();
    case "create":
      return create(args[0]);
    case "status":
      return status();
    default:
      console.error("usage: scripts/migrate.ts <deploy|create <name>|status>");
      return 2;
  }
}

// Exit explicitly: a pg pool or Wasm handle left behind by a failure must not keep the process alive.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
