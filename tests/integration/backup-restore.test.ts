// npm run backup / npm run restore on SQLite (#11): a backup taken while reports are being written restores
// into a fresh database equal to its manifest and to one committed state; a quiet database restores equal
// table by table (rows and a checksum of every row) with its evidence files equal by SHA-256; a damaged
// backup or a database that has data (without --force) is refused before anything is written.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { resolveDatabase } from "../../lib/server/database-url";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { createBackup } from "../../scripts/lib/backup";
import { evidenceDirectory, filesUnder, readManifest } from "../../scripts/lib/backup-manifest";
import { RestoreRefused, restoreBackup } from "../../scripts/lib/restore";
import { openSqlite } from "../../scripts/lib/sqlite-file";
import { sqliteDigest, type DatabaseDigest } from "../../scripts/lib/table-digest";
import { backupDuringWrites, hashes, writeEvidenceFiles } from "./backup-fixtures";

const run = promisify(execFile);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "ptt-backup-"));
const evidence = path.join(scratch, "evidence");
process.env.EVIDENCE_DIR = evidence;
const source = resolveDatabase();
// the SQLite file's backup; DB=postgres skips it (backup-restore-postgres.test.ts is PostgreSQL's)
const notSqlite = source.provider !== "sqlite";
const sourceFile = source.provider === "sqlite" ? source.file : "";

let targetIds: string[];

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  const targets = await db.target.findMany({
    where: { planId: seeded.loaded!.planId, kind: { in: ["AMOUNT", "GROWTH_PCT"] }, rollupKey: null },
    select: { id: true },
  });
  targetIds = targets.map((t) => t.id);
  writeEvidenceFiles(evidence, [
    { content: "%PDF-1.4 批复文件", ext: ".pdf" },
    { content: "%PDF-1.4 验收报告", ext: ".pdf" },
    { content: "\x89PNG 现场照片", ext: ".png" },
  ]);
});

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function digestOfFile(file: string): DatabaseDigest {
  const handle = openSqlite(file, { fileMustExist: true });
  try {
    return sqliteDigest(handle);
  } finally {
    handle.close();
  }
}

const fresh = (name: string) => ({
  databaseUrl: `file:${path.join(scratch, `${name}.db`)}`,
  evidenceDir: path.join(scratch, `${name}-evidence`),
});

describe.skipIf(notSqlite)("backup and restore (SQLite)", () => {
  it("reads EVIDENCE_DIR the way the app does", async () => {
    const { evidenceDir } = await import("../../lib/server/evidence/add-evidence");
    expect(evidenceDirectory()).toBe(evidenceDir());
  });

  it("backs up while reports are being written, and restores exactly one committed state", async () => {
    const dir = path.join(scratch, "during-writes");
    const { result: manifest, written } = await backupDuringWrites({
      targetIds,
      notePrefix: "during-backup",
      backup: () => createBackup({ dir }),
    });

    const target = fresh("during-writes");
    await restoreBackup({ dir, ...target });
    const restored = digestOfFile(target.databaseUrl.slice("file:".length));
    expect(restored.tables).toEqual(manifest.tables);
    // one committed state: each report in the copy came with its audit row and its version bump
    const copy = openSqlite(target.databaseUrl.slice("file:".length), { fileMustExist: true });
    try {
      const entries = copy.prepare(`SELECT id FROM ProgressEntry WHERE note LIKE 'during-backup-%'`).all() as { id: string }[];
      const audits = copy
        .prepare(`SELECT COUNT(*) AS n FROM AuditLog WHERE entityId IN (SELECT id FROM ProgressEntry WHERE note LIKE 'during-backup-%')`)
        .get() as { n: number };
      console.log(`backup during writes: ${written} reports written in all, ${entries.length} of them in the backup`);
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.length).toBeLessThan(written);
      expect(audits.n).toBe(entries.length);
    } finally {
      copy.close();
    }
  });

  it("restores a backup into a fresh database equal table by table, with equal evidence files (npm run backup / restore)", async () => {
    const dir = path.join(scratch, "cli");
    const target = fresh("cli");
    const env = { ...process.env, DATABASE_URL: source.url, EVIDENCE_DIR: evidence };
    await run(process.execPath, ["--import", "tsx", "scripts/backup.ts", dir], { env });
    const restore = await run(process.execPath, ["--import", "tsx", "scripts/restore.ts", dir], {
      env: { ...env, DATABASE_URL: target.databaseUrl, EVIDENCE_DIR: target.evidenceDir },
    });
    expect(restore.stdout).toContain("Restore complete");

    const before = digestOfFile(sourceFile);
    const after = digestOfFile(target.databaseUrl.slice("file:".length));
    const tables = Object.keys(before.tables);
    const rows = Object.values(before.tables).reduce((sum, t) => sum + t.rows, 0);
    console.log(`SQLite backup → restore: ${tables.length} tables, ${rows} rows, ${filesUnder(evidence).length} evidence files compared`);
    expect(tables.length).toBeGreaterThan(10);
    expect(after.tables).toEqual(before.tables);
    expect(after.migrations).toEqual(before.migrations);
    expect(readManifest(dir).tables).toEqual(before.tables);
    expect(hashes(target.evidenceDir)).toEqual(hashes(evidence));
    expect(Object.keys(hashes(evidence))).toHaveLength(3);
  });

  it("refuses a database that has data unless --force, and then replaces it", async () => {
    const dir = path.join(scratch, "cli"); // the backup of the previous test
    const target = fresh("cli"); // restored there already: has data
    const file = target.databaseUrl.slice("file:".length);
    // a connection left open with changes still in the -wal file: the restore must not be undone by them
    const holder = openSqlite(file, { fileMustExist: true });
    holder.pragma("journal_mode = WAL");
    holder.pragma("wal_autocheckpoint = 0");
    holder.exec("DELETE FROM ProgressEntry WHERE rowid IN (SELECT rowid FROM ProgressEntry LIMIT 3)");
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const changed = digestOfFile(file);

    await expect(restoreBackup({ dir, ...target })).rejects.toBeInstanceOf(RestoreRefused);
    expect(digestOfFile(file)).toEqual(changed);
    const cli = await run(process.execPath, ["--import", "tsx", "scripts/restore.ts", dir], {
      env: { ...process.env, DATABASE_URL: target.databaseUrl, EVIDENCE_DIR: target.evidenceDir },
    }).catch((e: { code: number; stderr: string }) => e);
    expect("code" in cli && cli.code).toBe(3);
    expect(digestOfFile(file)).toEqual(changed);

    await restoreBackup({ dir, ...target, force: true });
    expect(digestOfFile(file).tables).toEqual(readManifest(dir).tables);
    expect(sqliteDigest(holder).tables).toEqual(readManifest(dir).tables); // what the open connection sees
    holder.close(); // checkpoints whatever its -wal holds
    expect(digestOfFile(file).tables).toEqual(readManifest(dir).tables);
  });

  it("refuses a damaged backup before writing anything", async () => {
    const dir = path.join(scratch, "damaged");
    const manifest = await createBackup({ dir });
    const evidenceFile = manifest.files.find((f) => f.path.startsWith("evidence/"))!;
    fs.appendFileSync(path.join(dir, ...evidenceFile.path.split("/")), "x");
    const target = fresh("damaged");
    await expect(restoreBackup({ dir, ...target })).rejects.toThrow(evidenceFile.path);
    expect(fs.existsSync(target.databaseUrl.slice("file:".length))).toBe(false);
    expect(fs.existsSync(target.evidenceDir)).toBe(false);
  });

  it("refuses to write a backup into a folder that is not empty", async () => {
    const dir = path.join(scratch, "cli");
    await expect(createBackup({ dir })).rejects.toThrow("not empty");
  });
});
