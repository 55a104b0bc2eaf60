// The two evidence stores behind lib/server/evidence/evidence-store.ts, each on this run's engine (SQLite, or
// PostgreSQL with DB=postgres), whichever EVIDENCE_STORE the engine defaults to: the database store keeps a file
// once however often it is uploaded, writes it in the transaction of its rows (a failed write leaves nothing), and
// survives two uploads of the same new bytes at once; the disk store removes a file whose rows were not written;
// npm run evidence:to-database copies a disk store's files into the database, each checked against its hash.
import { execFile } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { copyEvidenceToDatabase } from "../../lib/server/evidence/copy-to-database";
import { databaseStore } from "../../lib/server/evidence/database-store";
import { diskStore } from "../../lib/server/evidence/disk-store";
import { openStaging, storagePathOf, type EvidenceStore, type StagedFile } from "../../lib/server/evidence/evidence-store";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";

process.env.EVIDENCE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "ptt-evidence-store-"));
const DIR = process.env.EVIDENCE_DIR;
afterAll(() => fs.rmSync(DIR, { recursive: true, force: true }));

let entryId: string;
let userId: string;

beforeAll(async () => {
  await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  entryId = (await db.progressEntry.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
  userId = (await db.user.findUniqueOrThrow({ where: { username: "gaoxin" } })).id;
});

/** A file as receive-files.ts leaves it: in the staging folder, hashed. */
async function staged(content: string, fileName = "批复.pdf"): Promise<StagedFile> {
  const bytes = Buffer.from(`%PDF-1.4 ${content}`);
  const tempPath = path.join(await openStaging(), `${randomUUID()}.part`);
  fs.writeFileSync(tempPath, bytes);
  return { fileName, tempPath, sha256: createHash("sha256").update(bytes).digest("hex"), sizeBytes: bytes.byteLength };
}

/** Writes one Evidence row per file in the store's transaction, as addEvidenceFiles does. */
const rowsFor = (files: readonly StagedFile[]) => (tx: Parameters<Parameters<EvidenceStore["save"]>[1]>[0]) =>
  Promise.all(
    files.map((f) =>
      tx.evidence.create({
        data: {
          kind: "FILE",
          title: f.fileName,
          sizeBytes: f.sizeBytes,
          storagePath: storagePathOf(f.sha256, f.fileName),
          sha256: f.sha256,
          entryId,
          uploadedById: userId,
        },
      }),
    ),
  );

const failingRows = async () => {
  throw new Error("the rows could not be written");
};

const readBack = async (store: EvidenceStore, f: StagedFile) =>
  store.read({ storagePath: storagePathOf(f.sha256, f.fileName), sha256: f.sha256 }).then((b) => (b ? Buffer.from(b).toString() : null));

describe("the database store", () => {
  it("stores bytes once however often they are uploaded, and serves them to every row", async () => {
    const first = await staged("database once");
    const again = await staged("database once", "另一个名字.pdf");
    const before = await db.evidenceBlob.count();
    const [row] = await databaseStore.save([first], rowsFor([first]));
    const [other] = await databaseStore.save([again], rowsFor([again]));
    expect(other.sha256).toBe(row.sha256);
    expect(await db.evidenceBlob.count()).toBe(before + 1);
    expect(await db.evidenceBlob.findUniqueOrThrow({ where: { sha256: first.sha256 }, select: { size: true } })).toEqual({
      size: first.sizeBytes,
    });
    expect(await readBack(databaseStore, first)).toBe("%PDF-1.4 database once");
    expect(await readBack(databaseStore, again)).toBe("%PDF-1.4 database once");
    // nothing on the disk but the staged copies (the caller discards them)
    expect(fs.existsSync(path.join(DIR, storagePathOf(first.sha256, first.fileName)))).toBe(false);
  });

  it("keeps nothing when the rows are not written (one transaction)", async () => {
    const file = await staged("database rolled back");
    const before = await Promise.all([db.evidenceBlob.count(), db.evidence.count()]);
    await expect(databaseStore.save([file], failingRows)).rejects.toThrow("the rows could not be written");
    expect(await Promise.all([db.evidenceBlob.count(), db.evidence.count()])).toEqual(before);
    expect(await readBack(databaseStore, file)).toBeNull();
  });

  it("stores two uploads of the same new bytes at once (two instances): both rows, one copy", async () => {
    const files = await Promise.all(Array.from({ length: 4 }, () => staged("database at once")));
    const before = await db.evidenceBlob.count();
    const saved = await Promise.all(files.map((f) => databaseStore.save([f], rowsFor([f]))));
    expect(saved.flat()).toHaveLength(4);
    expect(await db.evidenceBlob.count()).toBe(before + 1);
  });

  it("refuses a staged file that changed after it was hashed", async () => {
    const file = await staged("database tampered");
    fs.appendFileSync(file.tempPath, "x");
    await expect(databaseStore.save([file], rowsFor([file]))).rejects.toThrow(/changed/);
    expect(await readBack(databaseStore, file)).toBeNull();
  });

  it("has nothing for a row without a hash or for unknown bytes", async () => {
    expect(await databaseStore.read({ storagePath: "ab/legacy.pdf", sha256: null })).toBeNull();
    expect(await databaseStore.read({ storagePath: "ab/unknown.pdf", sha256: "ab".repeat(32) })).toBeNull();
  });
});

describe("the disk store", () => {
  it("moves a file under its hash before its rows, and removes it again when they are not written", async () => {
    const kept = await staged("disk kept");
    await diskStore.save([kept], rowsFor([kept]));
    expect(fs.readFileSync(path.join(DIR, storagePathOf(kept.sha256, kept.fileName)), "utf8")).toBe("%PDF-1.4 disk kept");
    expect(await readBack(diskStore, kept)).toBe("%PDF-1.4 disk kept");

    const lost = await staged("disk rolled back");
    await expect(diskStore.save([lost], failingRows)).rejects.toThrow("the rows could not be written");
    expect(fs.existsSync(path.join(DIR, storagePathOf(lost.sha256, lost.fileName)))).toBe(false);
    expect(await readBack(diskStore, lost)).toBeNull();
  });
});

describe("moving a disk store into the database (npm run evidence:to-database)", () => {
  it("copies each file its row names, checked against the row's hash, once; reports missing and altered files", async () => {
    const moved = await staged("moved to the database");
    const gone = await staged("deleted from the disk");
    const altered = await staged("altered on the disk");
    await diskStore.save([moved, gone, altered], rowsFor([moved, gone, altered]));
    const on = (f: StagedFile) => path.join(DIR, storagePathOf(f.sha256, f.fileName));
    fs.rmSync(on(gone));
    fs.writeFileSync(on(altered), "%PDF-1.4 not what was uploaded");
    expect(await readBack(databaseStore, moved)).toBeNull();

    const report = await copyEvidenceToDatabase();
    expect(report.copied).toBeGreaterThanOrEqual(1);
    expect(report.missing).toEqual([storagePathOf(gone.sha256, gone.fileName)]);
    expect(report.mismatched).toEqual([storagePathOf(altered.sha256, altered.fileName)]);
    expect(report.unhashed).toBe(0);
    expect(await readBack(databaseStore, moved)).toBe("%PDF-1.4 moved to the database");
    expect(await readBack(databaseStore, altered)).toBeNull();
    expect(fs.existsSync(on(moved))).toBe(true);

    const again = await copyEvidenceToDatabase();
    expect(again).toMatchObject({ copied: 0, already: report.already + report.copied, files: report.files });

    // the command says what it could not copy, and fails for it
    const run = promisify(execFile);
    const failed = await run(process.execPath, ["--import", "tsx", "scripts/evidence-to-database.ts"], { env: process.env }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stdout: string }).stdout).toMatch(/copied from .*: 0; in the database already: \d+\./);
    expect((failed as { stderr: string }).stderr).toContain(`missing under ${DIR}: ${storagePathOf(gone.sha256, gone.fileName)}`);
  });
});
