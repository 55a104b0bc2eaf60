// Every integration test file runs in its own process with its own database, migrated with the same
// migration files (and the same code path) as `npm run db:migrate`: a SQLite file, or with DB=postgres a
// database of its own in the run's PostgreSQL cluster (global-postgres.ts).
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { applyMigrations } from "../../scripts/lib/apply-migrations";

const postgresUrl = inject("postgresUrl");
const name = `ptt_it_${randomUUID().replace(/-/g, "")}`;
const file = path.join(os.tmpdir(), `ptt-it-${randomUUID()}.db`);

async function onCluster(sql: string) {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

if (postgresUrl) {
  await onCluster(`CREATE DATABASE ${name}`);
  process.env.DATABASE_URL = postgresUrl.replace(/\/postgres$/, `/${name}`);
} else {
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.SESSION_SECRET = "integration-tests-secret-0123456789abcdef";
await applyMigrations(process.env.DATABASE_URL);

afterAll(async () => {
  const { disconnectDb } = await import("../../lib/server/db");
  await disconnectDb();
  if (postgresUrl) {
    await onCluster(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const fs = await import("node:fs");
    fs.rmSync(file, { force: true });
  }
});
