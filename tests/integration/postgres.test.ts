// The same migrations, seed and dashboard on PostgreSQL: DATABASE_URL is the only switch. Runs on a
// throwaway cluster (PostgreSQL 15 binaries are installed on these machines; skipped where they are not).
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../scripts/lib/apply-migrations";
import { startTempPostgres } from "../../scripts/lib/temp-postgres";

const hasPostgres = fs.existsSync("/usr/lib/postgresql/15/bin/initdb");
let pg: Awaited<ReturnType<typeof startTempPostgres>> | null = null;

describe.skipIf(!hasPostgres)("PostgreSQL", () => {
  beforeAll(async () => {
    pg = await startTempPostgres();
    // Before anything imports lib/server/db, which picks its client from DATABASE_URL once.
    process.env.DATABASE_URL = pg.url.replace(/\/postgres$/, "/tracker_it");
    expect(await applyMigrations(process.env.DATABASE_URL)).toHaveLength(
      fs.readdirSync("prisma/postgres/migrations").filter((f) => !f.endsWith(".toml")).length,
    );
  });

  afterAll(async () => {
    const { disconnectDb } = await import("../../lib/server/db");
    await disconnectDb();
    await pg?.stop();
  });

  it("seeds the 2013 plan and serves the dashboard and a progress report", async () => {
    const { seedDefaultData } = await import("../../lib/server/seed/seed-default-data");
    const { asLoaded, gql, userNamed } = await import("./harness");
    const { db } = await import("../../lib/server/db");
    const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
    const planId = seeded.loaded!.planId;
    const res = await gql<{
      planDashboard: { summary: { count: number; totalPoints: number }; targets: { status: string; target: { code: string } }[] };
    }>(
      `query ($p: ID!) { planDashboard(planId: $p, asOf: "2013-09-30") { summary { count totalPoints } targets { status target { code } } } }`,
      { p: planId },
      await userNamed("leader"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.planDashboard.summary).toEqual({ count: 20, totalPoints: 680 });
    const status = new Map(res.data!.planDashboard.targets.map((t) => [t.target.code, t.status]));
    expect(status.get("二.(一).3.(3)")).toBe("BEHIND");

    // a named item on a count target (the period-lock check runs inside the transaction) …
    const item = await gql<{ addCountItem: { progress: { value: number; ratio: number } } }>(
      `mutation ($i: AddCountItemInput!) { addCountItem(input: $i) { progress { value ratio } } }`,
      {
        i: await asLoaded({
          targetId: seeded.loaded!.targetIds.get("二.(一).3.(3)"),
          name: "益阳市电子信息工程技术研究中心",
          date: "2013-12-05",
          docNumber: "益科发〔2013〕80号",
        }),
      },
      await userNamed("jihua"),
    );
    expect(item.errors).toBeUndefined();
    expect(item.data!.addCountItem.progress).toEqual({ value: 3, ratio: 0.75 });
    // … and a typed figure on a growth target
    const write = await gql<{ recordProgress: { progress: { value: number } } }>(
      `mutation ($i: RecordProgressInput!) { recordProgress(input: $i) { progress { value } } }`,
      { i: await asLoaded({ targetId: seeded.loaded!.targetIds.get("二.(一).1.(1)"), value: 135, reportedFor: "2013-12-31" }) },
      await userNamed("gaoxin"),
    );
    expect(write.errors).toBeUndefined();
    expect(write.data!.recordProgress.progress.value).toBe(135);
    // the item and the figure, besides the seed's reopening of the demo year (one row per demo plan)
    expect(await db.auditLog.count({ where: { action: { not: "REOPEN_MONTH" } } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "REOPEN_MONTH" } })).toBe(4);
  });
});
