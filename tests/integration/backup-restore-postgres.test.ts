// npm run backup / npm run restore on PostgreSQL (#11), on a throwaway cluster (skipped where the PostgreSQL
// 15 binaries are missing): pg_dump in an exported snapshot while reports are written, pg_restore --clean into
// a fresh database, every table equal (rows and a checksum of its rows) and the evidence files equal — those on
// disk, and those in the database (EvidenceBlob, the default store on PostgreSQL), which travel in the dump.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../scripts/lib/apply-migrations";
import { createBackup } from "../../scripts/lib/backup";
import { filesUnder, readManifest } from "../../scripts/lib/backup-manifest";
import { libpqTarget } from "../../scripts/lib/pg-tools";
import { RestoreRefused, restoreBackup } from "../../scripts/lib/restore";
import { POSTGRES_DIGEST_SETTINGS, postgresDigest, type DatabaseDigest } from "../../scripts/lib/table-digest";
import { startTempPostgres } from "../../scripts/lib/temp-postgres";
import { backupDuringWrites, hashes, writeEvidenceFiles } from "./backup-fixtures";

const hasPostgres = fs.existsSync("/usr/lib/postgresql/15/bin/initdb");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "ptt-pg-backup-"));
const evidence = path.join(scratch, "evidence");
let cluster: Awaited<ReturnType<typeof startTempPostgres>> | null = null;
let sourceUrl: string;
let restoredUrl: string;
let planId: string;

async function digestOf(url: string): Promise<DatabaseDigest> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(POSTGRES_DIGEST_SETTINGS);
    return await postgresDigest(client);
  } finally {
    await client.end();
  }
}

describe.skipIf(!hasPostgres)("backup and restore (PostgreSQL)", () => {
  beforeAll(async () => {
    cluster = await startTempPostgres();
    sourceUrl = cluster.url.replace(/\/postgres$/, "/tracker_src");
    restoredUrl = cluster.url.replace(/\/postgres$/, "/tracker_restored");
    // before anything imports lib/server/db, which picks its client from DATABASE_URL once
    process.env.DATABASE_URL = sourceUrl;
    process.env.EVIDENCE_DIR = evidence;
    await applyMigrations(sourceUrl);
    const { seedDefaultData } = await import("../../lib/server/seed/seed-default-data");
    planId = (await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" })).loaded!.planId;
    writeEvidenceFiles(evidence, [
      { content: "%PDF-1.4 批复文件", ext: ".pdf" },
      { content: "%PDF-1.4 验收报告", ext: ".pdf" },
    ]);
    // an upload as the app stores it on PostgreSQL (EVIDENCE_STORE defaults to the database): in the dump
    const { db } = await import("../../lib/server/db");
    const { addEvidence } = await import("../../lib/server/evidence/add-evidence");
    const { findSessionUser } = await import("../../lib/server/auth/session");
    const admin = (await findSessionUser((await db.user.findUniqueOrThrow({ where: { username: "admin" } })).id))!;
    const entry = await db.progressEntry.findFirstOrThrow({ where: { target: { planId } }, orderBy: { id: "asc" } });
    const bytes = new TextEncoder().encode("%PDF-1.4 数据库里的佐证");
    await addEvidence({ user: admin, entryId: entry.id, kind: "FILE", fileName: "佐证.pdf", bytes });
  });

  afterAll(async () => {
    const { disconnectDb } = await import("../../lib/server/db");
    await disconnectDb();
    await cluster?.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("backs up while reports are written and restores into a fresh database, every table equal", async () => {
    const { db } = await import("../../lib/server/db");
    const targets = await db.target.findMany({ where: { kind: { in: ["AMOUNT", "GROWTH_PCT"] }, rollupKey: null, planId } });
    const dir = path.join(scratch, "backup");
    const { result: manifest, written } = await backupDuringWrites({
      targetIds: targets.map((t) => t.id),
      notePrefix: "pg-backup",
      backup: () => createBackup({ dir }),
    });

    const restoredEvidence = path.join(scratch, "restored-evidence");
    await restoreBackup({ dir, databaseUrl: restoredUrl, evidenceDir: restoredEvidence });
    const restored = await digestOf(restoredUrl);
    expect(restored.tables).toEqual(manifest.tables);
    expect(restored.migrations).toEqual(manifest.migrations);
    expect(manifest.migrations).toHaveLength(fs.readdirSync("prisma/postgres/migrations").filter((f) => !f.endsWith(".toml")).length);
    expect(hashes(restoredEvidence)).toEqual(hashes(evidence));
    // the files kept in the database come back with it: pg_dump carries the EvidenceBlob table
    expect(manifest.tables.EvidenceBlob.rows).toBe(1);
    const blobs = new pg.Client({ connectionString: restoredUrl });
    await blobs.connect();
    const blob = await blobs.query<{ bytes: Buffer }>(`SELECT bytes FROM "EvidenceBlob"`);
    await blobs.end();
    expect(blob.rows.map((r) => r.bytes.toString())).toEqual(["%PDF-1.4 数据库里的佐证"]);

    // one snapshot: the reports in the dump each came with their audit row
    const client = new pg.Client({ connectionString: restoredUrl });
    await client.connect();
    const entries = await client.query(`SELECT id FROM "ProgressEntry" WHERE note LIKE 'pg-backup-%'`);
    const audits = await client.query(
      `SELECT 1 FROM "AuditLog" WHERE "entityId" IN (SELECT id FROM "ProgressEntry" WHERE note LIKE 'pg-backup-%')`,
    );
    await client.end();
    expect(entries.rowCount).toBeGreaterThan(0);
    expect(entries.rowCount).toBeLessThan(written);
    expect(audits.rowCount).toBe(entries.rowCount);

    // with the writes over, the source and a fresh restore are equal table by table
    const quiet = path.join(scratch, "quiet");
    await createBackup({ dir: quiet });
    await restoreBackup({ dir: quiet, databaseUrl: restoredUrl, evidenceDir: restoredEvidence, force: true });
    const [before, after] = [await digestOf(sourceUrl), await digestOf(restoredUrl)];
    const rows = Object.values(before.tables).reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `PostgreSQL backup during writes: ${written} reports written, ${entries.rowCount} in the dump; ` +
        `quiet backup → restore: ${Object.keys(before.tables).length} tables, ${rows} rows, ${filesUnder(evidence).length} evidence files compared`,
    );
    expect(Object.keys(before.tables).length).toBeGreaterThan(10);
    expect(after).toEqual(before);
  });

  it("refuses a database that has data unless --force", async () => {
    const dir = path.join(scratch, "quiet");
    const before = await digestOf(restoredUrl);
    await expect(restoreBackup({ dir, databaseUrl: restoredUrl, evidenceDir: path.join(scratch, "x") })).rejects.toBeInstanceOf(
      RestoreRefused,
    );
    expect(await digestOf(restoredUrl)).toEqual(before);
    await restoreBackup({ dir, databaseUrl: restoredUrl, evidenceDir: path.join(scratch, "x"), force: true });
    expect((await digestOf(restoredUrl)).tables).toEqual(readManifest(dir).tables);
  });

  it("keeps the password off pg_dump's command line and drops parameters libpq refuses", () => {
    const target = libpqTarget("postgresql://tracker:s%40cret@db.example:5432/tracker?schema=public&sslmode=require&connection_limit=5");
    expect(target.url).toBe("postgresql://tracker@db.example:5432/tracker?sslmode=require");
    expect(target.env.PGPASSWORD).toBe("s@cret");
  });
});
