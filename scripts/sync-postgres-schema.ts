// Writes prisma/postgres/schema.prisma from prisma/schema.prisma. The two differ only in the datasource
// provider and the generator's output folder, so PostgreSQL runs the same model as the embedded SQLite
// default. `--check` exits 1 when the file is stale (for CI) instead of writing it.
//
//   tsx scripts/sync-postgres-schema.ts [--check]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const SOURCE_SCHEMA = path.join(ROOT, "prisma/schema.prisma");
export const POSTGRES_SCHEMA = path.join(ROOT, "prisma/postgres/schema.prisma");

const HEADER = "// generated from prisma/schema.prisma by scripts/sync-postgres-schema.ts — do not edit\n\n";

/** The PostgreSQL schema text for a given SQLite schema text. */
export function renderPostgresSchema(source: string): string {
  const withProvider = replaceInBlock(source, "datasource", /(\bprovider\s*=\s*)"sqlite"/, '$1"postgresql"');
  // The generated client lives two folders up from prisma/postgres/, next to the SQLite one.
  const withOutput = replaceInBlock(withProvider, "generator", /(\boutput\s*=\s*)"[^"]*"/, '$1"../../generated/prisma-pg"');
  return HEADER + withOutput;
}

/** Replaces one setting inside the first `<kind> name { … }` block; fails loudly if it is not there. */
function replaceInBlock(text: string, kind: string, pattern: RegExp, replacement: string): string {
  const block = new RegExp(`^${kind}\\s+\\w+\\s*\\{[^}]*\\}`, "m").exec(text);
  if (!block || !pattern.test(block[0])) {
    throw new Error(`prisma/schema.prisma: no ${pattern} in its ${kind} block`);
  }
  const updated = block[0].replace(pattern, replacement);
  return text.slice(0, block.index) + updated + text.slice(block.index + block[0].length);
}

/** Writes the PostgreSQL schema (or, with check, only compares). Returns whether it was up to date. */
export function syncPostgresSchema({ check = false } = {}): boolean {
  const expected = renderPostgresSchema(fs.readFileSync(SOURCE_SCHEMA, "utf8"));
  const current = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : null;
  const upToDate = current === expected;
  if (!upToDate && !check) {
    fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
    fs.writeFileSync(POSTGRES_SCHEMA, expected);
  }
  return upToDate;
}

function main() {
  const check = process.argv.includes("--check");
  const upToDate = syncPostgresSchema({ check });
  const relative = path.relative(process.cwd(), POSTGRES_SCHEMA);
  if (check && !upToDate) {
    console.error(`${relative} is stale: run tsx scripts/sync-postgres-schema.ts`);
    process.exit(1);
  }
  console.log(upToDate ? `${relative} is up to date.` : `Wrote ${relative}.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
