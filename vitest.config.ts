import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/integration/setup-database.ts"],
          // DB=postgres: one PostgreSQL cluster for the run, a database per file
          globalSetup: ["tests/integration/global-postgres.ts"],
          // Each file gets its own process and its own SQLite file; the Wasm schema engine is loaded there.
          pool: "forks",
          execArgv: ["--experimental-wasm-modules"],
          isolate: true,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
