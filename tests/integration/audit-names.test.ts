// 操作日志 in words (#14 item 9): what assessors and section heads do on the demo — open a half-year review, comment,
// issue and close, back-fill a report, correct one, withdraw an item, upload a file — read back through GraphQL and
// worded as the page and the CSV word it: every field and value in words, ids replaced by what they name, a
// back-filled report said as what happened, and the seed's reopening of 2013 logged as the administrator's. Names are
// looked up with one query per kind of record, whatever the number of rows.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { auditCsv } from "../../lib/server/audit/to-csv";
import { findAuditLog } from "../../lib/server/audit/find-audit-log";
import { auditAbout, auditAboutText, auditLines, auditLineText, type AuditEntryText } from "../../lib/i18n/audit";
import { messages, type Locale } from "../../lib/i18n/messages";
import { db } from "../../lib/server/db";
import { findPlanLocks } from "../../lib/server/locks/find-plan-locks";
import { DEMO_REOPEN_REASON } from "../../lib/server/seed/load-demo-reporting";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import type { SessionUser } from "../../lib/server/auth/session-user";
import { asLoaded, countQueries, daysFromToday, gql, userNamed, versionOf } from "./harness";
import { callRoute } from "./route-harness";

process.env.EVIDENCE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "ptt-audit-names-"));

const FIRMS = "二.(一).1.(1)"; // 高企数量增长10%, 高新办 (gaoxin); the demo reports 133 for 2013-12-31
const CENTRES = "二.(一).3.(3)"; // 市级工程技术研究中心, a count target of 计划科 (jihua) with two demo items
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

const LOG = `
  fragment R on AuditRef { kind id name type year index date value unit }
  query L($filter: AuditFilter, $limit: Int) {
    auditLog(filter: $filter, limit: $limit) {
      totalCount
      entries {
        id action entityType reason
        user { displayName }
        target { id code title }
        about { ...R }
        changes { field before after beforeRef { ...R } afterRef { ...R } }
      }
    }
  }`;

type Entry = AuditEntryText & { id: string; reason: string | null; user: { displayName: string } | null };

let ids: Map<string, string>;
let planId: string;
let reader: SessionUser;

async function ok<T>(query: string, variables: Record<string, unknown>, username: string): Promise<T> {
  const res = await gql<T>(query, variables, await userNamed(username));
  expect(res.errors, query).toBeUndefined();
  return res.data!;
}

async function log(filter: Record<string, unknown> | null = null): Promise<Entry[]> {
  return (await ok<{ auditLog: { entries: Entry[] } }>(LOG, { filter, limit: 500 }, "audit")).auditLog.entries;
}

const text = (e: Entry, locale: Locale = "zh") => auditLines(e, messages[locale], locale).map((l) => auditLineText(l, messages[locale]));
const about = (e: Entry, locale: Locale = "zh") => {
  const a = auditAbout(e);
  return a ? auditAboutText(a, messages[locale], locale) : null;
};

/**
 * What the assessors and section heads did on the demo, through the API as the pages call it: the half-year review
 * (opened, a comment on a target, a notice, closed), 高新办 back-filling November under December's 133 and correcting
 * it, 计划科 withdrawing an item, a PDF on a report.
 */
async function act(round: number) {
  const opened = await ok<{ openReview: { id: string } }>(
    `mutation ($i: OpenReviewInput!) { openReview(input: $i) { id } }`,
    { i: { planId, kind: round === 1 ? "HALF_YEAR" : "QUARTER", year: 2013, periodIndex: round === 1 ? 1 : 3 } },
    "assessor",
  );
  const reviewId = opened.openReview.id;
  await ok(
    `mutation ($i: AddReviewCommentInput!) { addReviewComment(input: $i) { id } }`,
    { i: { reviewId, targetId: ids.get(FIRMS), body: `第${round}次点评：高企认定进度偏慢，请加快申报。` } },
    "assessor",
  );
  await ok(
    `mutation ($i: IssueRectificationInput!) { issueRectification(input: $i) { id } }`,
    { i: { reviewId, targetId: ids.get(CENTRES), notice: `第${round}次整改：补报工程中心组建材料。`, deadline: daysFromToday(15) } },
    "assessor",
  );
  await ok(
    `mutation ($id: ID!, $v: Int!) { closeReview(reviewId: $id, expectedVersion: $v) { id } }`,
    { id: reviewId, v: await versionOf("review", reviewId) },
    "assessor",
  );

  const recorded = await ok<{ recordProgress: { entry: { id: string } } }>(
    `mutation ($i: RecordProgressInput!) { recordProgress(input: $i) { entry { id } } }`,
    { i: await asLoaded({ targetId: ids.get(FIRMS), value: 131 + round, reportedFor: `2013-11-${20 + round}`, note: "补报11月认定情况" }) },
    "gaoxin",
  );
  const entryId = recorded.recordProgress.entry.id;
  await ok(
    `mutation ($i: AmendProgressInput!) { amendProgress(input: $i) { entry { id } } }`,
    {
      i: {
        entryId,
        action: "CORRECTION",
        value: 130 + round,
        reportedFor: `2013-11-${20 + round}`,
        reason: "核对认定名单后更正",
        expectedVersion: await versionOf("target", ids.get(FIRMS)!),
      },
    },
    "gaoxin",
  );
  const upload = await callRoute(
    "POST /api/progress/[entryId]/evidence",
    {
      url: `/api/progress/${entryId}/evidence`,
      params: { entryId },
      form: (() => {
        const f = new FormData();
        f.append("file", new File([PDF], "认定名单.pdf", { type: "application/pdf" }));
        return f;
      })(),
    },
    (await userNamed("gaoxin")).id,
  );
  expect(upload.status).toBe(200);

  const item = await db.countItem.findFirstOrThrow({ where: { targetId: ids.get(CENTRES), status: "ACTIVE" }, orderBy: { date: "asc" } });
  await ok(
    `mutation ($id: ID!, $r: String!, $v: Int!) { withdrawCountItem(itemId: $id, reason: $r, expectedVersion: $v) { item { id } } }`,
    { id: item.id, r: "重复登记", v: item.version },
    "jihua",
  );
  return { item };
}

/** An enum code, a field's key or a record's id left in what people read (and, in Chinese, a label left in English). */
const RAW = [/\b[A-Z][A-Z_]{2,}\b/, /\b[a-z]+[A-Z][A-Za-z]*\b/, /\bc[a-z0-9]{20,}\b/];
const ENGLISH_LABEL = /^[A-Za-z]+：/;

let withdrawnItem: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  planId = seeded.loaded!.planId;
  reader = await userNamed("audit");
  withdrawnItem = (await act(1)).item.name;
});

describe("the seed's reopening of 2013", () => {
  it("is the administrator's REOPEN_MONTH, once per demo plan, with the months, the lock lifted and the reason", async () => {
    const rows = (await log({ action: "REOPEN_MONTH" })).reverse();
    // the city's plan and the three demo counties' plans
    expect(rows).toHaveLength(4);
    const city = rows[0];
    expect(city).toMatchObject({ entityType: "Plan", user: { displayName: "系统管理员" }, target: null, reason: DEMO_REOPEN_REASON });
    expect(about(city)).toBe("计划：湖南省益阳市科技局2013年绩效计划书");
    expect(text(city)).toEqual(["月份：2013年1月–12月", "已锁定：是 → 否", "锁定原因：已过锁定期 → —"]);
    expect(about(rows[1])).toBe("计划：赫山区科技局（演示）2013年绩效计划书");
    expect(text(city, "en")).toEqual(["Months: Jan–Dec 2013", "Locked: yes → no", "Lock reason: Past lock date → —"]);

    // the 月份锁定 page shows the same decision, by the same person, with the same reason — and no setting's name
    const locks = await findPlanLocks({ planId });
    const admin = await userNamed("admin");
    expect(locks.months.every((m) => m.decisionReason === DEMO_REOPEN_REASON && m.decidedById === admin.id && !m.locked)).toBe(true);
    expect(DEMO_REOPEN_REASON).not.toMatch(/SEED_DEMO|=/);
  });
});

describe("every field and value in words", () => {
  it("names the review, its period and kind; the comment's and the notice's review; the closing assessor", async () => {
    const entries = await log();
    const open = entries.find((e) => e.action === "OPEN_REVIEW")!;
    expect(about(open)).toBe("考核：2013年上半年 · 半年点评");
    expect(text(open)).toEqual([
      "考核类型：— → 半年点评",
      "年度：— → 2013",
      "考核期间：— → 2013年上半年",
      "期间开始：— → 2013-01-01",
      "期末：— → 2013-06-30",
      "指标数：— → 20",
    ]);
    expect(about(open, "en")).toBe("Review: H1 2013 · Half-year review");

    const comment = entries.find((e) => e.action === "ADD_REVIEW_COMMENT")!;
    expect(about(comment)).toBe("考核：2013年上半年 · 半年点评");
    // the target is the row's own (its column); the review is what the row is about
    expect(text(comment)).toEqual(["点评内容：— → 第1次点评：高企认定进度偏慢，请加快申报。"]);

    const notice = entries.find((e) => e.action === "ISSUE_RECTIFICATION")!;
    expect(about(notice)).toBe("考核：2013年上半年 · 半年点评");
    expect(text(notice)).toEqual([
      "整改要求：— → 第1次整改：补报工程中心组建材料。",
      `整改期限：— → ${daysFromToday(15)}`,
      "状态：— → 整改中",
    ]);

    const closed = entries.find((e) => e.action === "CLOSE_REVIEW")!;
    const lines = text(closed);
    expect(lines[0]).toBe("状态：进行中 → 已关闭");
    expect(lines[1]).toMatch(/^关闭时间：— → \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(lines[2]).toBe("关闭人：— → 演示考核组");
  });

  it("says what a back-filled report did: a new figure for an earlier day, the latest one unchanged", async () => {
    const entries = await log({ targetId: ids.get(FIRMS) });
    const report = entries.find((e) => e.action === "RECORD_PROGRESS")!;
    expect(text(report)).toEqual([
      "新增 2013年11月21日 填报 132（补报较早日期；最新值仍为 2013年12月31日 的 133）",
      "情况说明：— → 补报11月认定情况",
      expect.stringMatching(/^版本：\d+ → \d+$/),
    ]);
    expect(text(report, "en")[0]).toBe("Added 132 for Nov 21, 2013 (an earlier day; the latest stays 133 for Dec 31, 2013)");

    // the correction names the report it replaces, not its id
    const correction = entries.find((e) => e.action === "CORRECT_PROGRESS")!;
    expect(text(correction)).toContain("原记录：2013年11月21日 填报 132家");
    expect(text(correction)).toContain("完成值：132 → 131");

    // the file belongs to that report: a file, not FILE
    const file = entries.find((e) => e.action === "ADD_EVIDENCE")!;
    expect(text(file)).toEqual(
      expect.arrayContaining(["所属报送：2013年11月21日 填报 132家", "佐证类型：— → 文件", "名称：— → 认定名单.pdf"]),
    );
  });

  it("names the withdrawn item and says 有效 → 已撤回", async () => {
    const withdrawal = (await log({ action: "WITHDRAW_COUNT_ITEM" }))[0];
    expect(about(withdrawal)).toBe(`事项：${withdrawnItem}`);
    expect(text(withdrawal)).toEqual(["事项状态：有效 → 已撤回", "已登记数：2 → 1", expect.stringMatching(/^版本：/)]);
  });

  it("leaves no code, key or id in any line, in Chinese or English, on the page or in the CSV", async () => {
    const entries = await log();
    expect(entries.length).toBeGreaterThanOrEqual(12);
    for (const locale of ["zh", "en"] as const) {
      for (const e of entries) {
        const lines = auditLines(e, messages[locale], locale).filter((l) => l.field !== "sha256");
        for (const line of [...lines.map((l) => auditLineText(l, messages[locale])), about(e, locale) ?? ""]) {
          for (const raw of locale === "zh" ? [...RAW, ENGLISH_LABEL] : RAW) expect(line, `${e.action} (${locale})`).not.toMatch(raw);
        }
      }
    }
    const csv = auditCsv((await findAuditLog({ user: reader, export: true })).entries)
      .split("\r\n")
      .filter((l) => !l.includes("校验值"));
    for (const raw of RAW.slice(0, 2)) expect(csv.join("\n")).not.toMatch(raw);
    expect(csv.join("\n")).toContain("考核：2013年上半年 · 半年点评");
  });
});

describe("cost", () => {
  it("looks names up once per kind of record: twice the rows, the same number of statements", async () => {
    const once = await countQueries(() => log());
    await act(2);
    const twice = await countQueries(() => log());
    expect(twice.result.length).toBe(once.result.length + 8);
    expect(twice.queries).toBe(once.queries);
  });
});
