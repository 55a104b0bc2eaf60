// Corrections and withdrawals are new recorded actions; evidence is attached to a report and audited.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { evidenceStore } from "../../lib/server/evidence/active-store";
import { addEvidence } from "../../lib/server/evidence/add-evidence";
import { evidenceStoreKind } from "../../lib/server/evidence/store-kind";
import { AppError } from "../../lib/server/errors";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed, versionOf } from "./harness";

process.env.EVIDENCE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "ptt-evidence-"));

const FIRMS = "二.(一).1.(1)"; // 高企数量增长10%, 高新办; demo reports 122 / 126 / 129 / 133 quarterly (133 on 12-31)
const RND = "二.(二).3"; // 全社会研发投入4.3亿元, no owning section (administrators); one demo report: 4.5 on 12-31
const CENTRES = "二.(一).3.(3)"; // a count target: named items, plus the demo's 本月无新进展 confirmations
const AMEND = `mutation A($input: AmendProgressInput!) { amendProgress(input: $input) { entry { id action value counts reason } progress { value ratio target { version } } } }`;
const DETAIL = `query D($id: ID!) { targetDetail(targetId: $id, asOf: "2013-12-31") { progress { value } entries { id action value counts replacesId evidence { kind title url sizeBytes } } } }`;

type Detail = {
  targetDetail: {
    progress: { value: number | null };
    entries: {
      id: string;
      action: string;
      value: number;
      counts: boolean;
      replacesId: string | null;
      evidence: { kind: string; title: string; url: string | null; sizeBytes: number | null }[];
    }[];
  };
};
let ids: Map<string, string>;

beforeAll(async () => {
  ids = (await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" })).loaded!.targetIds;
});

async function detail(code: string) {
  const res = await gql<Detail>(DETAIL, { id: ids.get(code) }, await userNamed("leader"));
  expect(res.errors).toBeUndefined();
  return res.data!.targetDetail;
}

describe("corrections and withdrawals", () => {
  it("corrects the latest report: the old one stays on record but stops counting", async () => {
    const before = await detail(FIRMS);
    const latest = before.entries[0];
    expect([latest.action, latest.value, latest.counts]).toEqual(["RECORD", 133, true]);
    const auditsBefore = await db.auditLog.count();
    const res = await gql<{
      amendProgress: { entry: { action: string; value: number; counts: boolean; reason: string }; progress: { value: number } };
    }>(
      AMEND,
      {
        input: {
          entryId: latest.id,
          action: "CORRECTION",
          value: 134,
          reason: "漏报一家（益科发〔2013〕45号）",
          expectedVersion: await versionOf("target", ids.get(FIRMS)!),
        },
      },
      await userNamed("gaoxin"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.amendProgress.entry).toMatchObject({
      action: "CORRECTION",
      value: 134,
      counts: true,
      reason: "漏报一家（益科发〔2013〕45号）",
    });
    expect(res.data!.amendProgress.progress.value).toBe(134);
    const after = await detail(FIRMS);
    expect(after.entries).toHaveLength(before.entries.length + 1);
    const old = after.entries.find((e) => e.id === latest.id)!;
    expect(old.counts).toBe(false);
    expect(after.entries[0].replacesId).toBe(latest.id);
    const audit = await db.auditLog.findFirstOrThrow({ orderBy: { at: "desc" } });
    expect(await db.auditLog.count()).toBe(auditsBefore + 1);
    expect(audit).toMatchObject({ action: "CORRECT_PROGRESS", reason: "漏报一家（益科发〔2013〕45号）" });
    expect(JSON.parse(audit.before!)).toMatchObject({ value: 133 });
    expect(JSON.parse(audit.after!)).toMatchObject({ value: 134 });
  });

  it("withdraws a report: the figure falls back to the previous one", async () => {
    const d = await detail(RND);
    expect(d.progress.value).toBe(4.5);
    const res = await gql(
      AMEND,
      {
        input: {
          entryId: d.entries[0].id,
          action: "WITHDRAWAL",
          reason: "统计口径有误",
          expectedVersion: await versionOf("target", ids.get(RND)!),
        },
      },
      await userNamed("admin"),
    );
    expect(res.errors).toBeUndefined();
    const after = await detail(RND);
    expect(after.progress.value).toBeNull();
    expect(after.entries.map((e) => [e.action, e.counts])).toEqual([
      ["WITHDRAWAL", false],
      ["RECORD", false],
    ]);
  });

  it("refuses an amendment without a reason, of a superseded entry, of a confirmation, of a count target, or by another section — writing nothing", async () => {
    const d = await detail(FIRMS);
    const superseded = d.entries.find((e) => e.action === "RECORD" && !e.counts)!;
    const current = d.entries.find((e) => e.counts)!;
    expect(current.value).toBe(134);
    // a figure typed on a count target before items existed (written directly: the API no longer takes one)
    const legacy = await db.progressEntry.create({
      data: {
        targetId: ids.get(CENTRES)!,
        value: 2,
        reportedFor: new Date("2013-11-20T00:00:00.000Z"),
        reportedById: (await userNamed("jihua")).id,
      },
    });
    const counts = async () => [await db.progressEntry.count(), await db.auditLog.count()];
    const before = await counts();
    const firms = await versionOf("target", ids.get(FIRMS)!);
    const centres = await versionOf("target", ids.get(CENTRES)!);
    const noReason = await gql(
      AMEND,
      { input: { entryId: current.id, action: "WITHDRAWAL", reason: "  ", expectedVersion: firms } },
      await userNamed("gaoxin"),
    );
    expect(noReason.errors?.[0]).toMatchObject({ message: "请填写更正或撤回的原因", extensions: { code: "BAD_USER_INPUT" } });
    const twice = await gql(
      AMEND,
      { input: { entryId: superseded.id, action: "CORRECTION", value: 130, reason: "再改", expectedVersion: firms } },
      await userNamed("gaoxin"),
    );
    expect(twice.errors?.[0].extensions?.code).toBe("CONFLICT");
    const other = await gql(
      AMEND,
      { input: { entryId: current.id, action: "WITHDRAWAL", reason: "误报", expectedVersion: firms } },
      await userNamed("jihua"),
    );
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const badValue = await gql(
      AMEND,
      { input: { entryId: current.id, action: "CORRECTION", value: -3, reason: "更正", expectedVersion: firms } },
      await userNamed("gaoxin"),
    );
    expect(badValue.errors?.[0].message).toContain("不能为负数");
    // a 本月无新进展 confirmation is not a figure; a count target has nothing typed to correct
    const confirmation = (await detail(CENTRES)).entries.find((e) => e.action === "NO_CHANGE")!;
    const ofConfirmation = await gql(
      AMEND,
      { input: { entryId: confirmation.id, action: "CORRECTION", value: 3, reason: "更正", expectedVersion: centres } },
      await userNamed("jihua"),
    );
    expect(ofConfirmation.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(ofConfirmation.errors?.[0].message).toMatch(/无新进展/);
    const ofCount = await gql(
      AMEND,
      { input: { entryId: legacy.id, action: "CORRECTION", value: 3, reason: "更正", expectedVersion: centres } },
      await userNamed("jihua"),
    );
    expect(ofCount.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(ofCount.errors?.[0].message).toMatch(/逐项登记/);
    expect(await counts()).toEqual(before);
  });
});

describe("evidence", () => {
  it("stores a PDF under EVIDENCE_DIR by hash and a link, each with an audit row", async () => {
    const d = await detail(FIRMS);
    const entryId = d.entries[0].id;
    const gaoxin = await userNamed("gaoxin");
    const pdf = new TextEncoder().encode("%PDF-1.4 批复文件 test");
    const file = await addEvidence({ user: gaoxin, entryId, kind: "FILE", fileName: "益科发〔2013〕45号.pdf", bytes: pdf });
    expect(file).toMatchObject({ kind: "FILE", title: "益科发〔2013〕45号.pdf", mimeType: "application/pdf", sizeBytes: pdf.byteLength });
    const stored = await evidenceStore().read({ storagePath: file.storagePath!, sha256: file.sha256 });
    expect(Buffer.from(stored!)).toEqual(Buffer.from(pdf));
    // on disk only with EVIDENCE_STORE=disk (the default on SQLite); in the database otherwise
    expect(fs.existsSync(path.join(process.env.EVIDENCE_DIR!, file.storagePath!))).toBe(evidenceStoreKind() === "disk");
    const link = await gql(
      `mutation ($e: ID!) { addEvidenceLink(entryId: $e, url: "https://kjj.yiyang.gov.cn/pf/45", title: "批复公示") { id } }`,
      { e: entryId },
      gaoxin,
    );
    expect(link.errors).toBeUndefined();
    const after = await detail(FIRMS);
    expect(after.entries[0].evidence.map((e) => [e.kind, e.title])).toEqual([
      ["FILE", "益科发〔2013〕45号.pdf"],
      ["LINK", "批复公示"],
    ]);
    expect(await db.auditLog.count({ where: { action: "ADD_EVIDENCE" } })).toBe(2);
  });

  it("refuses other file types, oversized files, unsafe links and other sections, storing nothing", async () => {
    const d = await detail(FIRMS);
    const entryId = d.entries[0].id;
    const gaoxin = await userNamed("gaoxin");
    const before = await db.evidence.count();
    const refused = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: AppError) => [e.code, e.message],
      );
    expect(await refused(addEvidence({ user: gaoxin, entryId, kind: "FILE", fileName: "run.exe", bytes: new Uint8Array([1]) }))).toEqual([
      "BAD_USER_INPUT",
      "不支持的文件类型「.exe」：仅限 PDF、图片和 Office 文件",
    ]);
    process.env.EVIDENCE_MAX_MB = "0.001";
    expect(
      (await refused(addEvidence({ user: gaoxin, entryId, kind: "FILE", fileName: "big.pdf", bytes: new Uint8Array(2048) })))?.[0],
    ).toBe("BAD_USER_INPUT");
    delete process.env.EVIDENCE_MAX_MB;
    expect(await refused(addEvidence({ user: gaoxin, entryId, kind: "LINK", url: "javascript:alert(1)" }))).toEqual([
      "BAD_USER_INPUT",
      "链接必须以 http:// 或 https:// 开头",
    ]);
    expect((await refused(addEvidence({ user: await userNamed("jihua"), entryId, kind: "LINK", url: "https://a.cn" })))?.[0]).toBe(
      "FORBIDDEN",
    );
    expect(await db.evidence.count()).toBe(before);
  });
});
