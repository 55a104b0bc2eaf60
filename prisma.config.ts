import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationsPathFor, resolveDatabase, schemaPathFor } from "./lib/server/database-url";

// Prisma's native schema engine cannot be downloaded on machines without internet; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file stops the attempt (generation then uses Wasm and
// migrations go through scripts/migrate.ts). Where the engine did download, `prisma migrate deploy` uses it.
const enginesDir = path.resolve("node_modules/@prisma/engines");
const hasNativeEngine = fs.existsSync(enginesDir) && fs.readdirSync(enginesDir).some((f) => f.startsWith("schema-engine"));
if (!hasNativeEngine) process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/no-native-engine.sh");

const database = resolveDatabase();

export default defineConfig({
  schema: schemaPathFor(database.provider),
  migrations: {
    path: migrationsPathFor(database.provider),
    seed: "tsx prisma/seed.ts",
  },
  datasource: { url: database.url },
});
