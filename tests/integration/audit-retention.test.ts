// #11 (等保 2.0 level 2, 安全审计): the audit log is tamper-evident and kept for at least 180 days. Before, nothing
// checked the chain from outside the app and old rows could only be removed by hand in the database, which
// breaks the chain with no record of why. These tests write rows at known dates, tamper with them through raw
// SQL as someone with database access would, and purge at the end of retention.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { chainHash, GENESIS } from "../../lib/server/audit/audit-chain";
import { purgeAuditLog } from "../../lib/server/audit/purge-audit-log";
import { verifyAuditLog } from "../../lib/server/audit/verify-audit-log";
import { writeAudit } from "../../lib/server/audit/write-audit";
import { db } from "../../lib/server/db";

const run = promisify(execFile);
const NOW = new Date("2026-12-01T02:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

/** Rows 1–10 written 400 days ago, 11–20 200 days ago, 21–30 10 days ago (the Date is faked for writeAudit). */
async function writeRows() {
  vi.useFakeTimers({ toFake: ["Date"] });
  try {
    for (const [first, age] of [
      [1, 400],
      [11, 200],
      [21, 10],
    ]) {
      vi.setSystemTime(daysAgo(age));
      for (let n = first; n < first + 10; n++) {
        await db.$transaction((tx) =>
          writeAudit(tx, {
            userId: null,
            action: "UPDATE_TARGET",
            entityType: "Target",
            entityId: `t${n}`,
            before: { value: n },
            after: { value: n + 1 },
          }),
        );
      }
    }
  } finally {
    vi.useRealTimers();
  }
}

async function verifyCli(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run("npx", ["tsx", "scripts/audit-verify.ts", ...args], { env: process.env });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

let headBefore: { seq: number; hash: string };

beforeAll(async () => {
  await writeRows();
});

afterAll(() => vi.useRealTimers());

describe("audit:verify", () => {
  it("verifies the 30 rows from the genesis hash and prints the head", async () => {
    const report = await verifyAuditLog();
    expect(report.broken).toBeNull();
    expect(report.checked).toBe(30);
    expect(report.anchor).toEqual({ seq: 0, hash: GENESIS });
    const row30 = await db.auditLog.findFirstOrThrow({ where: { seq: 30 } });
    expect(report.head).toEqual({ seq: 30, hash: row30.hash });
    headBefore = report.head;
    const cli = await verifyCli();
    expect(cli.code).toBe(0);
    expect(cli.out).toContain("30 rows verified from the beginning");
    expect(cli.out).toContain(`head 30:${row30.hash}`);
  }, 30_000);

  it("names the altered row when a row is changed through the database, and exits 1", async () => {
    await db.$executeRawUnsafe(`UPDATE "AuditLog" SET "after" = '{"value":999}' WHERE "seq" = 15`);
    const report = await verifyAuditLog();
    expect(report.broken).toMatchObject({ seq: 15, problem: "altered" });
    expect(report.checked).toBe(14);
    const cli = await verifyCli();
    expect(cli.code).toBe(1);
    expect(cli.out).toContain("audit log BROKEN at no. 15: altered");
    // a purge refuses to run on a broken chain: it must not hide the tampering
    await expect(purgeAuditLog({ cutoff: daysAgo(180), retentionDays: 180, reason: "年度清理", now: NOW })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.auditLog.count()).toBe(30);
    await db.$executeRawUnsafe(`UPDATE "AuditLog" SET "after" = '{"value":16}' WHERE "seq" = 15`);
    expect((await verifyAuditLog()).broken).toBeNull();
  }, 30_000);

  it("reports a removed row as missing", async () => {
    const row = await db.auditLog.findFirstOrThrow({ where: { seq: 22 } });
    await db.auditLog.delete({ where: { id: row.id } });
    expect((await verifyAuditLog()).broken).toMatchObject({ seq: 22, problem: "missing" });
    await db.auditLog.create({ data: row });
    expect((await verifyAuditLog()).broken).toBeNull();
  });

  it("a chain rewritten with fresh hashes verifies on its own, but no longer holds the head recorded off the server", async () => {
    expect((await verifyAuditLog({ expectHead: headBefore })).expectedHeadFound).toBe(true);
    const rows = await db.auditLog.findMany({ where: { seq: { gte: 25 } }, orderBy: { seq: "asc" } });
    const saved = rows.map((r) => ({ id: r.id, after: r.after, hash: r.hash }));
    let previous = (await db.auditLog.findFirstOrThrow({ where: { seq: 24 } })).hash!;
    for (const r of rows) {
      const after = r.seq === 25 ? '{"value":0}' : r.after;
      const hash = chainHash(previous, { ...r, seq: r.seq!, after });
      await db.auditLog.update({ where: { id: r.id }, data: { after, hash } });
      previous = hash;
    }
    const report = await verifyAuditLog({ expectHead: headBefore });
    expect(report.broken).toBeNull();
    expect(report.expectedHeadFound).toBe(false);
    const cli = await verifyCli("--expect-head", `${headBefore.seq}:${headBefore.hash}`);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain("is not in the chain: the log was rewritten");
    expect((await verifyCli("--expect-head", "30:not-a-hash")).code).toBe(2);
    for (const r of saved) await db.auditLog.update({ where: { id: r.id }, data: { after: r.after, hash: r.hash } });
    expect((await verifyAuditLog({ expectHead: headBefore })).expectedHeadFound).toBe(true);
  }, 30_000);
});

describe("audit:purge", () => {
  it("refuses a cutoff within the 180-day retention, a shorter retention and an empty reason, and removes nothing", async () => {
    const refusals = [
      { cutoff: daysAgo(179), retentionDays: 180, reason: "年度清理" },
      { cutoff: daysAgo(400), retentionDays: 90, reason: "年度清理" },
      { cutoff: daysAgo(200), retentionDays: 365, reason: "年度清理" },
      { cutoff: daysAgo(200), retentionDays: 180, reason: "  " },
      { cutoff: new Date(Number.NaN), retentionDays: 180, reason: "年度清理" },
    ];
    for (const options of refusals) {
      await expect(purgeAuditLog({ ...options, now: NOW }), JSON.stringify(options)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    }
    await expect(purgeAuditLog({ ...refusals[0], now: NOW })).rejects.toThrow("日志保留 180 天，截止日期最晚为 2026-06-04");
    expect(await db.auditLog.count()).toBe(30);
  });

  it("removes the 20 rows older than the cutoff, records why, and the rest verifies from the recorded anchor", async () => {
    const row20 = await db.auditLog.findFirstOrThrow({ where: { seq: 20 } });
    const result = await purgeAuditLog({ cutoff: daysAgo(180), retentionDays: 180, reason: "保留期满，年度清理", now: NOW });
    expect(result).toMatchObject({ removed: 20, throughSeq: 20 });
    const left = await db.auditLog.findMany({ orderBy: { seq: "asc" } });
    expect(left.map((r) => r.seq)).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);
    const purge = left[10];
    expect(purge).toMatchObject({ action: "PURGE_AUDIT_LOG", userId: null, entityType: "AuditLog", reason: "保留期满，年度清理" });
    expect(JSON.parse(purge.after!)).toEqual({ throughSeq: 20, throughHash: row20.hash, rows: 20, cutoff: daysAgo(180).toISOString() });

    const report = await verifyAuditLog({ expectHead: headBefore });
    expect(report).toMatchObject({ broken: null, checked: 11, anchor: { seq: 20, hash: row20.hash }, expectedHeadFound: true });
    const cli = await verifyCli();
    expect(cli.code).toBe(0);
    expect(cli.out).toContain("11 rows verified from no. 21 (older rows purged at the end of retention)");

    // altering the purge row's anchor is itself caught: it is a link of the chain
    await db.$executeRawUnsafe(`UPDATE "AuditLog" SET "after" = REPLACE("after", '"throughSeq":20', '"throughSeq":19') WHERE "seq" = 31`);
    expect((await verifyAuditLog()).broken).not.toBeNull();
    await db.auditLog.update({ where: { id: purge.id }, data: { after: purge.after } });
    expect((await verifyAuditLog()).broken).toBeNull();
  }, 30_000);

  it("a second purge with nothing old enough removes nothing and keeps the anchor", async () => {
    const result = await purgeAuditLog({ cutoff: daysAgo(180), retentionDays: 180, reason: "再次清理", now: NOW });
    expect(result).toMatchObject({ removed: 0, throughSeq: 20 });
    const report = await verifyAuditLog();
    expect(report).toMatchObject({ broken: null, checked: 12, anchor: { seq: 20 } });
  });
});
