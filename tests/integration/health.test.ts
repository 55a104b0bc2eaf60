// GET /api/health (#11): 200 on a migrated database, 503 naming the failed check otherwise; public, never
// cached, nothing in the body but the three words.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { migrationFolders, checkHealth } from "../../lib/server/ops/health";

type Get = (req: NextRequest) => Promise<Response>;

const appUrl = process.env.DATABASE_URL;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "ptt-health-"));

/** The route module loaded against DATABASE_URL=url (lib/server/db picks its client once, at import). */
async function routeOn(url: string | undefined): Promise<Get> {
  const { disconnectDb } = await import("../../lib/server/db");
  await disconnectDb();
  vi.resetModules();
  process.env.DATABASE_URL = url;
  return (await import("../../app/api/health/route")).GET as unknown as Get;
}

async function call(get: Get) {
  const res = await get(new NextRequest("http://localhost/api/health"));
  return { status: res.status, cache: res.headers.get("cache-control"), body: (await res.json()) as unknown };
}

afterAll(async () => {
  await routeOn(appUrl); // leave the migrated file as the app's database for setup-database's clean-up
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe("GET /api/health", () => {
  it("answers 200 ok on a migrated database, without a session, uncached", async () => {
    const res = await call(await routeOn(appUrl));
    expect(res).toEqual({ status: 200, cache: "no-store", body: { status: "ok", database: "ok", migrations: "current" } });
  });

  it("answers 503 migrations pending on an empty SQLite file", async () => {
    const file = path.join(scratch, "empty.db");
    fs.writeFileSync(file, "");
    const res = await call(await routeOn(`file:${file}`));
    expect(res).toEqual({ status: 503, cache: "no-store", body: { status: "unavailable", database: "ok", migrations: "pending" } });
  });

  it("answers 503 database error when the database does not answer", async () => {
    const port = await closedPort();
    const res = await call(await routeOn(`postgresql://tracker:secret@127.0.0.1:${port}/tracker`));
    expect(res).toEqual({ status: 503, cache: "no-store", body: { status: "unavailable", database: "error", migrations: "unknown" } });
    expect(JSON.stringify(res.body)).not.toMatch(/secret|127\.0\.0\.1|tracker/);
  });
});

describe("checkHealth's migration check", () => {
  const local = migrationFolders("sqlite", process.cwd());
  const row = (name: string, finished = true, rolledBack = false) => ({
    migration_name: name,
    finished_at: finished ? new Date() : null,
    rolled_back_at: rolledBack ? new Date() : null,
  });
  const client = (rows: ReturnType<typeof row>[]) => ({
    $queryRawUnsafe: (async (sql: string) => (sql === "SELECT 1" ? [{ 1: 1 }] : rows)) as never,
  });
  const check = (rows: ReturnType<typeof row>[]) => checkHealth({ client: client(rows), provider: "sqlite" }).then((h) => h.migrations);

  it("reads the folders of prisma/migrations", () => {
    expect(local.length).toBeGreaterThan(0);
    expect(local).toEqual(fs.readdirSync("prisma/migrations").filter((f) => fs.statSync(path.join("prisma/migrations", f)).isDirectory()));
  });

  it("tells current, pending, failed and diverged apart", async () => {
    expect(await check(local.map((n) => row(n)))).toBe("current");
    expect(await check(local.slice(0, -1).map((n) => row(n)))).toBe("pending");
    // a failed attempt that was rolled back and then applied is fine; one left unfinished is not
    expect(await check([...local.map((n) => row(n)), row(local[0], false, true)])).toBe("current");
    expect(await check([...local.slice(0, -1).map((n) => row(n)), row(local.at(-1)!, false)])).toBe("failed");
    expect(await check([...local.map((n) => row(n)), row("29991231000000_from_a_newer_release")])).toBe("diverged");
  });
});

/** A loopback port nobody listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
