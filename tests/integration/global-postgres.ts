// DB=postgres: the whole integration suite on PostgreSQL. One throwaway cluster for the run (PostgreSQL 15
// binaries, scripts/lib/temp-postgres.ts); each test file then makes its own database in it
// (setup-database.ts), as each makes its own SQLite file otherwise.
import type { TestProject } from "vitest/node";
import { startTempPostgres } from "../../scripts/lib/temp-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** the cluster's admin URL (…/postgres) when DB=postgres; "" on SQLite */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.DB !== "postgres") {
    project.provide("postgresUrl", "");
    return;
  }
  const pg = await startTempPostgres();
  project.provide("postgresUrl", pg.url);
  return () => pg.stop();
}
