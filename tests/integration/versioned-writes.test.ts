// Optimistic concurrency, one rule for every record edited from a form (lib/server/concurrency): two saves from
// one stale view give exactly one success and one CONFLICT that names who saved in between and what they
// saved; the loser writes nothing. A write that does not say which version it was loaded with is refused by
// GraphQL validation before any code runs.
import type { FormattedExecutionResult, GraphQLFormattedError } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../lib/server/auth/session-user";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed, versionOf, daysFromToday } from "./harness";

const OUTPUT = "二.(一).1.(2)"; // 高新技术产品产值增幅20% (高新办; administrators too)
const CENTRES = "二.(一).3.(3)"; // 组建市级工程技术研究中心4家 (计划科): named items
const PROJECTS = "二.(一).2.(2)"; // 民生科技项目 (农社科 和 高新办), proportional, no score entry yet

let ids: Map<string, string>;
let planId: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  planId = seeded.loaded!.planId;
});

const writes = async () => ({ audits: await db.auditLog.count(), entries: await db.progressEntry.count() });

/**
 * Runs two saves prepared from the same view at once: exactly one wins. Returns who won and the loser's
 * error, after checking that the loser wrote nothing (one audit row in all).
 */
async function fromOneStaleView(saves: [SessionUser, () => Promise<FormattedExecutionResult>][]) {
  const before = await writes();
  const results = await Promise.all(saves.map(([, save]) => save()));
  const codes = results.map((r) => r.errors?.[0].extensions?.code ?? "OK");
  expect([...codes].sort()).toEqual(["CONFLICT", "OK"]);
  expect((await writes()).audits).toBe(before.audits + 1);
  const won = codes.indexOf("OK");
  return { winner: saves[won][0], lost: results[1 - won].errors![0], won };
}

/** The CONFLICT names the winner and what they saved, in the message and in the details. */
function expectExplained(lost: GraphQLFormattedError, winner: SessionUser, newer: Record<string, unknown>, shown: string) {
  expect(lost.message).toMatch(/^该.+已被更新：/);
  expect(lost.message).toContain(`${winner.displayName}于 `);
  expect(lost.message).toContain(shown);
  expect(lost.message).toMatch(/请刷新后再提交。$/);
  expect(lost.extensions).toMatchObject({ code: "CONFLICT", savedBy: winner.displayName, newerValue: newer });
  expect(typeof lost.extensions?.currentVersion).toBe("number");
  expect(Date.parse(lost.extensions?.savedAt as string)).not.toBeNaN();
}

describe("two saves from one stale view", () => {
  it("target (a report): one success, one CONFLICT naming the other saver and the newer figure", async () => {
    const targetId = ids.get(OUTPUT)!;
    const v = await versionOf("target", targetId);
    const RECORD = `mutation ($i: RecordProgressInput!) { recordProgress(input: $i) { entry { id } } }`;
    const [gaoxin, admin] = [await userNamed("gaoxin"), await userNamed("admin")];
    const values = [461, 462];
    const { winner, lost, won } = await fromOneStaleView([
      [gaoxin, () => gql(RECORD, { i: { targetId, value: values[0], reportedFor: "2013-10-01", expectedVersion: v } }, gaoxin)],
      [admin, () => gql(RECORD, { i: { targetId, value: values[1], reportedFor: "2013-10-01", expectedVersion: v } }, admin)],
    ]);
    expectExplained(lost, winner, { value: values[won], version: v + 1 }, `报送进度（完成值：`);
    expect(lost.message).toContain(`→ ${values[won]}`);
    expect(lost.extensions?.currentVersion).toBe(v + 1);
  });

  it("count item: one edit wins, the other is told who changed the approval number to what", async () => {
    const item = await db.countItem.findFirstOrThrow({ where: { targetId: ids.get(CENTRES), status: "ACTIVE" }, orderBy: { date: "asc" } });
    const UPDATE = `mutation ($i: UpdateCountItemInput!) { updateCountItem(input: $i) { item { id } } }`;
    const [jihua, admin] = [await userNamed("jihua"), await userNamed("admin")];
    const docs = ["益科发〔2013〕101号", "益科发〔2013〕102号"];
    const { winner, lost, won } = await fromOneStaleView([
      [jihua, () => gql(UPDATE, { i: { itemId: item.id, docNumber: docs[0], expectedVersion: item.version } }, jihua)],
      [admin, () => gql(UPDATE, { i: { itemId: item.id, docNumber: docs[1], expectedVersion: item.version } }, admin)],
    ]);
    expectExplained(lost, winner, { docNumber: docs[won] }, `修改登记事项（批准文号：`);
    expect(lost.message).toContain(`→ ${docs[won]}`);
    expect(lost.extensions?.currentVersion).toBe(item.version + 1);
    expect((await db.countItem.findUniqueOrThrow({ where: { id: item.id } })).docNumber).toBe(docs[won]);
  });

  it("target score (assessors' version): the first entry races on creation too; the loser hears the winner's score", async () => {
    const targetId = ids.get(PROJECTS)!;
    expect(await versionOf("score", targetId)).toBe(0); // no assessors' entry yet: both create
    const ADJUST = `mutation ($i: AdjustScoreInput!) { adjustScore(input: $i) { version } }`;
    const [assessor, admin] = [await userNamed("assessor"), await userNamed("admin")];
    const scores = [11, 12];
    const { winner, lost, won } = await fromOneStaleView([
      [assessor, () => gql(ADJUST, { i: { targetId, adjustedScore: scores[0], reason: "复核认定", expectedVersion: 0 } }, assessor)],
      [admin, () => gql(ADJUST, { i: { targetId, adjustedScore: scores[1], reason: "复核认定", expectedVersion: 0 } }, admin)],
    ]);
    expectExplained(lost, winner, { adjustedScore: scores[won], version: 1 }, `调整得分（`);
    expect(lost.extensions?.currentVersion).toBe(1);
    expect(await db.targetScore.count({ where: { targetId } })).toBe(1);
  });

  it("self-score (selfVersion): the section's two entries from one sheet give one success and one CONFLICT", async () => {
    const targetId = ids.get(CENTRES)!;
    const v = await versionOf("selfScore", targetId);
    const SELF = `mutation ($i: SetSelfScoreInput!) { setSelfScore(input: $i) { selfVersion } }`;
    const [jihua, admin] = [await userNamed("jihua"), await userNamed("admin")];
    const scores = [21, 22];
    const { winner, lost, won } = await fromOneStaleView([
      [jihua, () => gql(SELF, { i: { targetId, selfScore: scores[0], justification: "已组建三家", expectedVersion: v } }, jihua)],
      [admin, () => gql(SELF, { i: { targetId, selfScore: scores[1], justification: "已组建三家", expectedVersion: v } }, admin)],
    ]);
    expectExplained(lost, winner, { selfScore: scores[won], version: v + 1 }, `填写自评分（自评分：`);
    expect(lost.message).toContain(`→ ${scores[won]}`);
    expect(await versionOf("selfScore", targetId)).toBe(v + 1);
  });

  it("review: two people closing it from one page give one close and one CONFLICT naming who closed it", async () => {
    const assessor = await userNamed("assessor");
    const opened = await gql<{ openReview: { id: string; version: number } }>(
      `mutation ($i: OpenReviewInput!) { openReview(input: $i) { id version } }`,
      { i: { planId, kind: "MONTH", year: 2013, periodIndex: 10 } },
      assessor,
    );
    expect(opened.errors).toBeUndefined();
    const { id, version } = opened.data!.openReview;
    expect(version).toBe(1);
    const CLOSE = `mutation ($r: ID!, $v: Int!) { closeReview(reviewId: $r, expectedVersion: $v) { status version } }`;
    const admin = await userNamed("admin");
    const { winner, lost } = await fromOneStaleView([
      [assessor, () => gql(CLOSE, { r: id, v: version }, assessor)],
      [admin, () => gql(CLOSE, { r: id, v: version }, admin)],
    ]);
    expectExplained(lost, winner, { status: "CLOSED", closedById: winner.id, version: 2 }, `关闭考核（状态：OPEN → CLOSED`);
    // the page that lost reloads and can reopen with the version it now shows
    const REOPEN = `mutation ($r: ID!, $v: Int!) { reopenReview(reviewId: $r, expectedVersion: $v, reason: "补报") { status version } }`;
    expect((await gql(REOPEN, { r: id, v: version }, admin)).errors?.[0].extensions?.code).toBe("CONFLICT");
    const reopened = await gql<{ reopenReview: { status: string; version: number } }>(REOPEN, { r: id, v: 2 }, admin);
    expect(reopened.data!.reopenReview).toEqual({ status: "OPEN", version: 3 });
  });

  it("rectification: two closings from one page give one success and one CONFLICT naming who closed it", async () => {
    const assessor = await userNamed("assessor");
    const review = await db.review.findFirstOrThrow({ where: { planId, kind: "MONTH", periodIndex: 10 } });
    const issued = await gql<{ issueRectification: { id: string; version: number } }>(
      `mutation ($i: IssueRectificationInput!) { issueRectification(input: $i) { id version } }`,
      { i: { reviewId: review.id, targetId: ids.get(CENTRES), notice: "加快组建进度", deadline: daysFromToday(30) } },
      assessor,
    );
    expect(issued.errors).toBeUndefined();
    const { id, version } = issued.data!.issueRectification;
    const CLOSE = `mutation ($r: ID!, $n: String!, $v: Int!) { closeRectification(rectificationId: $r, closingNote: $n, expectedVersion: $v) { status version } }`;
    const admin = await userNamed("admin");
    const notes = ["已组建第三家", "方案已落实"];
    const { winner, lost, won } = await fromOneStaleView([
      [assessor, () => gql(CLOSE, { r: id, n: notes[0], v: version }, assessor)],
      [admin, () => gql(CLOSE, { r: id, n: notes[1], v: version }, admin)],
    ]);
    expectExplained(lost, winner, { status: "CLOSED", closingNote: notes[won], version: version + 1 }, `整改销号（`);
    expect(lost.message).toContain(notes[won]);
  });

  it("user account: two administrators editing one account from one list give one success and one CONFLICT", async () => {
    const admin = await userNamed("admin");
    const created = await gql<{ createUser: { id: string } }>(
      `mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }`,
      { i: { username: "admin2", displayName: "第二管理员", role: "ADMIN", password: "second-admin-2013" } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    // the second administrator has picked their own password (until then the API allows only that)
    await db.user.update({ where: { username: "admin2" }, data: { mustChangePassword: false } });
    const second = await userNamed("admin2");
    const account = await db.user.findUniqueOrThrow({ where: { username: "chengguo" } });
    const UPDATE = `mutation ($i: UpdateUserInput!) { updateUser(input: $i) { version } }`;
    const names = ["成果科 张三", "成果科 李四"];
    const { winner, lost, won } = await fromOneStaleView([
      [admin, () => gql(UPDATE, { i: { userId: account.id, displayName: names[0], expectedVersion: account.version } }, admin)],
      [second, () => gql(UPDATE, { i: { userId: account.id, displayName: names[1], expectedVersion: account.version } }, second)],
    ]);
    expectExplained(lost, winner, { displayName: names[won], version: account.version + 1 }, `修改用户（姓名：`);
    expect(lost.message).toContain(`→ ${names[won]}`);

    // a password reset from the same stale list is refused as well, naming the edit
    const RESET = `mutation ($u: ID!, $v: Int!) { resetUserPassword(userId: $u, password: "temporary-2013", expectedVersion: $v) { version } }`;
    const before = await writes();
    const stale = await gql(RESET, { u: account.id, v: account.version }, second);
    expectExplained(stale.errors![0], winner, { displayName: names[won] }, `修改用户（姓名：`);
    expect(await writes()).toEqual(before);
    const fresh = await gql<{ resetUserPassword: { version: number } }>(RESET, { u: account.id, v: account.version + 1 }, second);
    expect(fresh.data!.resetUserPassword.version).toBe(account.version + 2);
  });
});

describe("a write without expectedVersion", () => {
  // Every mutation that edits an existing record, written with literal arguments and no version: GraphQL
  // validation refuses each before a resolver runs (ids need not exist).
  const WITHOUT_VERSION: Record<string, string> = {
    recordProgress: `recordProgress(input: { targetId: "t", value: 1, reportedFor: "2013-07-01" }) { entry { id } }`,
    amendProgress: `amendProgress(input: { entryId: "e", action: WITHDRAWAL, reason: "误报" }) { entry { id } }`,
    confirmNoChange: `confirmNoChange(input: { targetId: "t", reportedFor: "2013-07-01" }) { entry { id } }`,
    addCountItem: `addCountItem(input: { targetId: "t", name: "中心", date: "2013-07-01" }) { item { id } }`,
    updateCountItem: `updateCountItem(input: { itemId: "i", name: "中心" }) { item { id } }`,
    withdrawCountItem: `withdrawCountItem(itemId: "i", reason: "误报") { item { id } }`,
    updateTarget: `updateTarget(input: { targetId: "t", changes: { title: "x" } }) { plan { id } }`,
    removeTarget: `removeTarget(targetId: "t") { plan { id } }`,
    moveTarget: `moveTarget(targetId: "t", direction: UP) { plan { id } }`,
    updateArea: `updateArea(input: { areaId: "a", targetPoints: [{ targetId: "t", pointsOverride: 10 }] }) { plan { id } }`,
    setTargetApplicability: `setTargetApplicability(input: { targetId: "t", applicability: ACTIVE }) { status }`,
    setTargetThresholds: `setTargetThresholds(input: { targetId: "t", direction: HIGHER_IS_BETTER }) { band }`,
    setDeclaredScore: `setDeclaredScore(input: { targetId: "t", declaredScore: 1 }) { version }`,
    adjustScore: `adjustScore(input: { targetId: "t", adjustedScore: 1, reason: "r" }) { version }`,
    setSelfScore: `setSelfScore(input: { targetId: "t", selfScore: 1, justification: "j" }) { selfVersion }`,
    refreshReviewSnapshot: `refreshReviewSnapshot(reviewId: "r") { id }`,
    closeReview: `closeReview(reviewId: "r") { id }`,
    reopenReview: `reopenReview(reviewId: "r") { id }`,
    closeRectification: `closeRectification(rectificationId: "r", closingNote: "n") { id }`,
    updateUser: `updateUser(input: { userId: "u", displayName: "x" }) { id }`,
    resetUserPassword: `resetUserPassword(userId: "u", password: "temporary-2013") { id }`,
  };
  for (const [field, selection] of Object.entries(WITHOUT_VERSION)) {
    it(`is refused for ${field} by GraphQL validation, writing nothing`, async () => {
      const before = await writes();
      const res = await gql(`mutation { ${selection} }`, {}, await userNamed("admin"));
      expect(res.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(res.errors?.[0].message).toMatch(/expectedVersion/);
      expect(await writes()).toEqual(before);
    });
  }
});
