// Every integration test file runs in its own process with its own SQLite file, migrated with the
// same migration files (and the same code path) as `npm run db:migrate`.
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";
import { applyMigrations } from "../../scripts/lib/apply-migrations";

const file = path.join(os.tmpdir(), `ptt-it-${randomUUID()}.db`);
process.env.DATABASE_URL = `file:${file}`;
process.env.SESSION_SECRET = "integration-tests-secret-0123456789abcdef";
await applyMigrations(process.env.DATABASE_URL);

afterAll(async () => {
  const { disconnectDb } = await import("../../lib/server/db");
  await disconnectDb();
  const fs = await import("node:fs");
  fs.rmSync(file, { force: true });
});
