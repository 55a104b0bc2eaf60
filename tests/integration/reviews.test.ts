// Reviews (月度调度 / 季度督查 / 半年点评 / 年终考评): snapshots frozen at the period end, close/reopen recorded,
// comments, 整改通知, comparison with the previous review, authorization, the section calendar feed and the
// review pack, all on the seeded 2013 plan.
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as calendarGET } from "../../app/api/calendar/[sectionId]/route";
import { GET as packGET } from "../../app/api/reviews/[reviewId]/pack/route";
import { calendarToken } from "../../lib/server/calendar/calendar-token";
import { db } from "../../lib/server/db";
import { addCountItem } from "../../lib/server/items/add-count-item";
import { exportReviewPack } from "../../lib/server/export/export-review-pack";
import { findSectionDispatch } from "../../lib/server/reviews/dispatch";
import { issueRectification } from "../../lib/server/reviews/issue-rectification";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { countQueries, daysFromToday, gql, userNamed, versionOf } from "./harness";

const CENTRES = "二.(一).3.(3)"; // 组建市级工程技术研究中心4家, 6-12月, 计划科; demo items: 1 on 08-30, 2 on 11-20
const PLATFORM = "二.(一).3.(1)"; // milestone 5-11月, done 09-26 (计划科)

const OPEN = `mutation O($input: OpenReviewInput!) { openReview(input: $input) { id kind year periodIndex periodKey periodStart periodEnd status createdBy { username } } }`;
const REFRESH = `mutation R($id: ID!, $v: Int!) { refreshReviewSnapshot(reviewId: $id, expectedVersion: $v) { id snapshotAt } }`;
const CLOSE = `mutation C($id: ID!, $v: Int!) { closeReview(reviewId: $id, expectedVersion: $v) { id status closedAt closedBy { username } } }`;
const REOPEN = `mutation RO($id: ID!, $reason: String, $v: Int!) { reopenReview(reviewId: $id, reason: $reason, expectedVersion: $v) { id status closedAt closedBy { username } } }`;
const COMMENT = `mutation AC($input: AddReviewCommentInput!) { addReviewComment(input: $input) { id body targetId sectionId author { username } } }`;
const ISSUE = `mutation IR($input: IssueRectificationInput!) { issueRectification(input: $input) { id status state deadline code issuedBy { username } } }`;
const CLOSE_RECT = `mutation CR($id: ID!, $note: String!, $v: Int!) { closeRectification(rectificationId: $id, closingNote: $note, expectedVersion: $v) { id status state closingNote closedBy { username } } }`;
/** The version a review (or notice) page loaded now would send. */
const rv = (id: string) => versionOf("review", id);
const nv = (id: string) => versionOf("rectification", id);
const REVIEW = `
  query V($id: ID!) {
    review(id: $id) {
      viewerCanManage
      review { id kind status periodKey }
      rows { code value ratio status expectedRatio points computedScore owners { id name } dueInPeriod needsAttention }
      summary { count completion byStatus { status count } }
      sections { section { name } summary { count } }
      dueInPeriod { code }
      lagging { code status }
      comparison { previous { periodKey } moved unchanged added changes { code change statusChanged valueChanged before { status value } after { status value } } }
      comments { body targetId sectionId author { username } }
      rectifications { id code state status }
      dispatch { month asOf sections { section { name } targets { target { code } status dueThisMonth } rectifications { code } } }
    }
  }`;

type Row = {
  code: string;
  value: number | null;
  ratio: number | null;
  status: string;
  expectedRatio: number;
  points: number;
  computedScore: number | null;
  owners: { id: string | null; name: string }[];
  dueInPeriod: boolean;
  needsAttention: boolean;
};
type ReviewData = {
  review: {
    viewerCanManage: boolean;
    review: { id: string; kind: string; status: string; periodKey: string };
    rows: Row[];
    summary: { count: number; completion: number; byStatus: { status: string; count: number }[] };
    sections: { section: { name: string } | null; summary: { count: number } }[];
    dueInPeriod: { code: string }[];
    lagging: { code: string; status: string }[];
    comparison: {
      previous: { periodKey: string } | null;
      moved: number;
      unchanged: number;
      added: number;
      changes: {
        code: string;
        change: string;
        statusChanged: boolean;
        valueChanged: boolean;
        before: { status: string; value: number | null } | null;
        after: { status: string; value: number | null };
      }[];
    };
    comments: { body: string; targetId: string | null; sectionId: string | null; author: { username: string } }[];
    rectifications: { id: string; code: string; state: string; status: string }[];
    dispatch: {
      month: number;
      asOf: string;
      sections: {
        section: { name: string } | null;
        targets: { target: { code: string }; status: string; dueThisMonth: boolean }[];
        rectifications: { code: string }[];
      }[];
    } | null;
  };
};

let ids: Map<string, string>;
let sections: Map<string, string>;
let planId: string;
let q3: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  sections = seeded.loaded!.sectionIds;
  planId = (await db.target.findUniqueOrThrow({ where: { id: ids.get(CENTRES) } })).planId;
});

async function assessor() {
  return userNamed("assessor");
}

async function open(kind: string, periodIndex: number, user?: Awaited<ReturnType<typeof userNamed>>) {
  const res = await gql<{
    openReview: { id: string; status: string; periodKey: string; periodEnd: string; createdBy: { username: string } };
  }>(OPEN, { input: { planId, kind, year: 2013, periodIndex } }, user ?? (await assessor()));
  expect(res.errors).toBeUndefined();
  return res.data!.openReview;
}

async function view(id: string, username = "leader") {
  const res = await gql<ReviewData>(REVIEW, { id }, await userNamed(username));
  expect(res.errors).toBeUndefined();
  return res.data!.review;
}

async function snapshotRows(reviewId: string) {
  return db.reviewSnapshot.findMany({ where: { reviewId }, orderBy: { code: "asc" }, omit: { id: true } });
}

async function counts() {
  const [reviews, snapshots, comments, rectifications, audits, entries] = await Promise.all([
    db.review.count(),
    db.reviewSnapshot.count(),
    db.reviewComment.count(),
    db.rectification.count(),
    db.auditLog.count(),
    db.progressEntry.count(),
  ]);
  return { reviews, snapshots, comments, rectifications, audits, entries };
}

describe("opening the Q3 2013 inspection (季度督查)", () => {
  it("freezes all 20 targets evaluated as of 2013-09-30 and audits the opening", async () => {
    const before = await counts();
    const review = await open("QUARTER", 3);
    q3 = review.id;
    expect(review).toMatchObject({ status: "OPEN", periodKey: "2013-Q3", periodEnd: "2013-09-30", createdBy: { username: "assessor" } });
    const after = await counts();
    expect(after.reviews).toBe(before.reviews + 1);
    expect(after.snapshots).toBe(before.snapshots + 20);
    expect(after.audits).toBe(before.audits + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "OPEN_REVIEW", entityId: q3 } });
    expect(audit.userId).toBe((await assessor()).id);

    const v = await view(q3);
    expect(v.rows).toHaveLength(20);
    const centres = v.rows.find((r) => r.code === CENTRES)!;
    expect(centres).toMatchObject({
      value: 1,
      ratio: 0.25,
      status: "BEHIND",
      owners: [{ id: sections.get("计划科"), name: "计划科" }],
      needsAttention: true,
    });
    // 创新创优: the plan names no owner — an empty list, not a word
    expect(v.rows.find((r) => r.code === "二.(一).5")!.owners).toEqual([]);
    // the row stores the sections as data
    const stored = await db.reviewSnapshot.findUniqueOrThrow({
      where: { reviewId_targetId: { reviewId: q3, targetId: ids.get(CENTRES)! } },
    });
    expect(JSON.parse(stored.owners)).toEqual([{ id: sections.get("计划科"), name: "计划科" }]);
    expect(
      JSON.parse(
        (await db.reviewSnapshot.findUniqueOrThrow({ where: { reviewId_targetId: { reviewId: q3, targetId: ids.get("二.(一).5")! } } }))
          .owners,
      ),
    ).toEqual([]);
    // 6-12月: 122 of 214 days have passed on 30 September
    expect(centres.expectedRatio).toBeCloseTo(122 / 214, 10);
    expect(v.rows.find((r) => r.code === PLATFORM)!.status).toBe("DONE");
    expect(v.rows.find((r) => r.code === "二.(一).2.(1)①")).toMatchObject({ value: 4, status: "ON_TRACK" });
    expect(v.rows.every((r) => r.computedScore === null)).toBe(true);
    expect(v.summary.count).toBe(20);
    expect(v.lagging.map((l) => l.code)).toContain(CENTRES);
    expect(v.lagging.every((l) => l.status === "BEHIND" || l.status === "OVERDUE")).toBe(true);
    // Nothing in the 2013 plan has a window ending in Q3
    expect(v.dueInPeriod).toEqual([]);
    expect(v.sections.find((s) => s.section?.name === "计划科")!.summary.count).toBe(3);
    expect(v.sections.find((s) => s.section === null)!.summary.count).toBe(6);
    expect(v.dispatch).toBeNull();
  });

  it("refuses a second Q3 inspection with CONFLICT and writes nothing", async () => {
    const before = await counts();
    const res = await gql(OPEN, { input: { planId, kind: "QUARTER", year: 2013, periodIndex: 3 } }, await userNamed("admin"));
    expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(res.errors?.[0].message).toMatch(/2013年第3季度季度督查已经开展/);
    expect(res.errors?.[0].extensions?.reviewId).toBe(q3);
    expect(await counts()).toEqual(before);
  });

  it("refuses periods that do not exist and years outside the plan", async () => {
    const before = await counts();
    for (const input of [
      { planId, kind: "QUARTER", year: 2013, periodIndex: 5 },
      { planId, kind: "MONTH", year: 2013, periodIndex: 0 },
      { planId, kind: "YEAR", year: 2014, periodIndex: 1 },
    ]) {
      const res = await gql(OPEN, { input }, await assessor());
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect(await counts()).toEqual(before);
  });
});

describe("a closed review's snapshot never changes", () => {
  it("keeps the snapshot when a report for a day in Q3 arrives later, before and after closing", async () => {
    const frozen = await snapshotRows(q3);
    // two centres approved on 09-15 entered late: 3 of 4 as of 09-30
    const jihua = await userNamed("jihua");
    await addCountItem({
      user: jihua,
      targetId: ids.get(CENTRES)!,
      name: "补报：益阳市电子信息工程技术研究中心",
      date: "2013-09-15",
      description: "补报",
      expectedVersion: await versionOf("target", ids.get(CENTRES)!),
    });
    await addCountItem({
      user: jihua,
      targetId: ids.get(CENTRES)!,
      name: "补报：益阳市新材料工程技术研究中心",
      date: "2013-09-15",
      description: "补报",
      expectedVersion: await versionOf("target", ids.get(CENTRES)!),
    });
    expect(await snapshotRows(q3)).toEqual(frozen);

    const res = await gql<{ closeReview: { status: string; closedAt: string; closedBy: { username: string } } }>(
      CLOSE,
      { id: q3, v: await rv(q3) },
      await assessor(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.closeReview).toMatchObject({ status: "CLOSED", closedBy: { username: "assessor" } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "CLOSE_REVIEW", entityId: q3 } });
    expect(audit.userId).toBe((await assessor()).id);
    expect(JSON.parse(audit.after!)).toMatchObject({ status: "CLOSED", closedById: (await assessor()).id });

    await addCountItem({
      user: jihua,
      targetId: ids.get(CENTRES)!,
      name: "补报：益阳市生物医药工程技术研究中心",
      date: "2013-09-20",
      description: "再次补报",
      expectedVersion: await versionOf("target", ids.get(CENTRES)!),
    });
    expect(await snapshotRows(q3)).toEqual(frozen);
    expect((await view(q3)).rows.find((r) => r.code === CENTRES)).toMatchObject({ value: 1, status: "BEHIND" });
    // …while the live dashboard for the same day sees the late reports
    const live = await gql<{ planDashboard: { targets: { status: string; value: number; target: { code: string } }[] } }>(
      `query { planDashboard(planId: "${planId}", asOf: "2013-09-30") { targets { status value target { code } } } }`,
      {},
      await userNamed("leader"),
    );
    expect(live.data!.planDashboard.targets.find((t) => t.target.code === CENTRES)).toMatchObject({ value: 4, status: "DONE" });
  });

  it("refuses to refresh, comment on or issue notices from a closed review, writing nothing", async () => {
    const before = await counts();
    const frozen = await snapshotRows(q3);
    const refresh = await gql(REFRESH, { id: q3, v: await rv(q3) }, await assessor());
    expect(refresh.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(refresh.errors?.[0].message).toMatch(/已关闭/);
    const comment = await gql(COMMENT, { input: { reviewId: q3, targetId: ids.get(CENTRES), body: "迟到的点评" } }, await assessor());
    expect(comment.errors?.[0].extensions?.code).toBe("CONFLICT");
    const issue = await gql(
      ISSUE,
      { input: { reviewId: q3, targetId: ids.get(CENTRES), notice: "整改", deadline: daysFromToday(15) } },
      await assessor(),
    );
    expect(issue.errors?.[0].extensions?.code).toBe("CONFLICT");
    const again = await gql(CLOSE, { id: q3, v: await rv(q3) }, await assessor());
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await counts()).toEqual(before);
    expect(await snapshotRows(q3)).toEqual(frozen);
  });

  it("reopens (audited, with reason), refreshes to the late reports, and closes again", async () => {
    const admin = await userNamed("admin");
    const reopened = await gql<{ reopenReview: { status: string; closedAt: string | null; closedBy: null } }>(
      REOPEN,
      { id: q3, reason: "计划科补报了9月数据", v: await rv(q3) },
      admin,
    );
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data!.reopenReview).toMatchObject({ status: "OPEN", closedAt: null, closedBy: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "REOPEN_REVIEW", entityId: q3 } });
    expect(audit).toMatchObject({ userId: admin.id, reason: "计划科补报了9月数据" });
    expect(JSON.parse(audit.before!)).toMatchObject({ status: "CLOSED", closedById: (await assessor()).id });

    // Reopening alone does not touch the snapshot; a refresh does.
    expect((await view(q3)).rows.find((r) => r.code === CENTRES)!.value).toBe(1);
    const refreshed = await gql(REFRESH, { id: q3, v: await rv(q3) }, await assessor());
    expect(refreshed.errors).toBeUndefined();
    expect((await view(q3)).rows.find((r) => r.code === CENTRES)).toMatchObject({ value: 4, status: "DONE" });
    expect(await db.auditLog.count({ where: { action: "REFRESH_REVIEW_SNAPSHOT", entityId: q3 } })).toBe(1);

    const reopenOpen = await gql(REOPEN, { id: q3, v: await rv(q3) }, admin);
    expect(reopenOpen.errors?.[0].extensions?.code).toBe("CONFLICT");
    const closed = await gql(CLOSE, { id: q3, v: await rv(q3) }, admin);
    expect(closed.errors).toBeUndefined();
    const trail = await db.auditLog.findMany({ where: { entityId: q3 }, orderBy: { at: "asc" }, select: { action: true, userId: true } });
    expect(trail.map((a) => a.action)).toEqual(["OPEN_REVIEW", "CLOSE_REVIEW", "REOPEN_REVIEW", "REFRESH_REVIEW_SNAPSHOT", "CLOSE_REVIEW"]);
    expect(trail.at(-1)!.userId).toBe(admin.id);
  });
});

describe("comparison with the previous review of the same kind", () => {
  it("says when the previous quarter was not held, then lists what moved from Q2 to Q3", async () => {
    expect((await view(q3)).comparison).toMatchObject({ previous: null, moved: 0, changes: [] });
    await open("QUARTER", 2);
    const c = (await view(q3)).comparison;
    expect(c.previous?.periodKey).toBe("2013-Q2");
    expect(c.moved + c.unchanged + c.added).toBe(20);
    expect(c.added).toBe(0);
    const platform = c.changes.find((x) => x.code === PLATFORM)!;
    expect(platform).toMatchObject({
      change: "MOVED",
      statusChanged: true,
      before: { status: "ON_TRACK", value: null },
      after: { status: "DONE", value: 1 },
    });
    const centres = c.changes.find((x) => x.code === CENTRES)!;
    expect(centres).toMatchObject({ change: "MOVED", before: { status: "BEHIND", value: null }, after: { status: "DONE", value: 4 } });
    // 创新创优 has no report all year: unchanged
    expect(c.changes.find((x) => x.code === "二.(一).5")!.change).toBe("UNCHANGED");
  });
});

describe("comments (点评)", () => {
  it("adds comments on a target and on a section, audited, and validates the body", async () => {
    const q2 = (await db.review.findFirstOrThrow({ where: { kind: "QUARTER", periodIndex: 2 } })).id;
    const before = await counts();
    const onTarget = await gql<{ addReviewComment: { body: string; author: { username: string } } }>(
      COMMENT,
      { input: { reviewId: q2, targetId: ids.get(CENTRES), body: "  工程中心组建进度偏慢，请计划科加快。 " } },
      await assessor(),
    );
    expect(onTarget.errors).toBeUndefined();
    expect(onTarget.data!.addReviewComment).toMatchObject({
      body: "工程中心组建进度偏慢，请计划科加快。",
      author: { username: "assessor" },
    });
    const onSection = await gql(
      COMMENT,
      { input: { reviewId: q2, sectionId: sections.get("计划科"), body: "计划科整体进度正常。" } },
      await assessor(),
    );
    expect(onSection.errors).toBeUndefined();
    expect(await counts()).toMatchObject({ comments: before.comments + 2, audits: before.audits + 2 });
    expect(await db.auditLog.count({ where: { action: "ADD_REVIEW_COMMENT" } })).toBe(2);

    const bad: [Record<string, unknown>, RegExp][] = [
      [{ targetId: ids.get(CENTRES), body: "   " }, /请填写点评内容/],
      [{ targetId: ids.get(CENTRES), body: "长".repeat(2001) }, /不能超过 2000 字/],
      [{ body: "两者皆无" }, /一项指标或一个科室/],
      [{ targetId: ids.get(CENTRES), sectionId: sections.get("计划科"), body: "两者皆有" }, /一项指标或一个科室/],
    ];
    const mid = await counts();
    for (const [input, message] of bad) {
      const res = await gql(COMMENT, { input: { reviewId: q2, ...input } }, await assessor());
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message).toMatch(message);
    }
    const ok2000 = await gql(COMMENT, { input: { reviewId: q2, targetId: ids.get(PLATFORM), body: "长".repeat(2000) } }, await assessor());
    expect(ok2000.errors).toBeUndefined();
    expect((await counts()).comments).toBe(mid.comments + 1);

    const v = await view(q2);
    expect(v.comments.filter((c) => c.targetId === ids.get(CENTRES))).toHaveLength(1);
    expect(v.comments.filter((c) => c.sectionId === sections.get("计划科"))).toHaveLength(1);
  });
});

describe("rectification notices (整改通知)", () => {
  let q2: string;
  let noticeId: string;

  it("issues a notice from a review, audited; due no earlier than the day it is issued, so it starts OPEN", async () => {
    q2 = (await db.review.findFirstOrThrow({ where: { kind: "QUARTER", periodIndex: 2 } })).id;
    const before = await counts();
    const soon = daysFromToday(15);
    const res = await gql<{
      issueRectification: { id: string; status: string; state: string; deadline: string; code: string; issuedBy: { username: string } };
    }>(
      ISSUE,
      { input: { reviewId: q2, targetId: ids.get(CENTRES), notice: "7月底前落实2家工程中心的组建方案", deadline: soon } },
      await assessor(),
    );
    expect(res.errors).toBeUndefined();
    noticeId = res.data!.issueRectification.id;
    // before #13 the form proposed the period's end (2013-06-30): 已逾期 the moment a later review issued it
    expect(res.data!.issueRectification).toMatchObject({
      status: "OPEN",
      state: "OPEN",
      deadline: soon,
      code: CENTRES,
      issuedBy: { username: "assessor" },
    });
    expect(await counts()).toMatchObject({ rectifications: before.rectifications + 1, audits: before.audits + 1 });
    expect(await db.auditLog.count({ where: { action: "ISSUE_RECTIFICATION", entityId: noticeId } })).toBe(1);

    // a review held in the plan year issues notices due in it
    const inTime = await issueRectification({
      user: await assessor(),
      reviewId: q2,
      targetId: ids.get("二.(一).3.(2)")!,
      notice: "9月底前再选树2名科技创新带头人",
      deadline: "2013-09-30",
      today: "2013-07-05",
    });
    expect(inTime.state).toBe("OPEN");
  });

  it("refuses a notice without text, with a deadline before the period, or on another plan's target", async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ targetId: ids.get(CENTRES), notice: " ", deadline: daysFromToday(15) }, "BAD_USER_INPUT", /请填写整改要求/],
      [{ targetId: ids.get(CENTRES), notice: "整改", deadline: daysFromToday(-1) }, "BAD_USER_INPUT", /不能早于下发当天（/],
      [{ targetId: ids.get(CENTRES), notice: "整改", deadline: "2013-07-31" }, "BAD_USER_INPUT", /不能早于下发当天（/],
      [{ targetId: "no-such-target", notice: "整改", deadline: daysFromToday(15) }, "NOT_FOUND", /指标不存在/],
    ];
    for (const [input, code, message] of cases) {
      const res = await gql(ISSUE, { input: { reviewId: q2, ...input } }, await assessor());
      expect(res.errors?.[0].extensions?.code).toBe(code);
      expect(res.errors?.[0].message).toMatch(message);
    }
    expect(await counts()).toEqual(before);
  });

  it("closes a notice only with a closing note, once, audited", async () => {
    const before = await counts();
    const empty = await gql(CLOSE_RECT, { id: noticeId, note: "   ", v: await nv(noticeId) }, await assessor());
    expect(empty.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(empty.errors?.[0].message).toMatch(/请填写整改情况说明/);
    expect(await counts()).toEqual(before);

    const res = await gql<{ closeRectification: { status: string; state: string; closingNote: string; closedBy: { username: string } } }>(
      CLOSE_RECT,
      { id: noticeId, note: "已组建2家，方案已落实", v: await nv(noticeId) },
      await assessor(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.closeRectification).toMatchObject({
      status: "CLOSED",
      state: "CLOSED",
      closingNote: "已组建2家，方案已落实",
      closedBy: { username: "assessor" },
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "CLOSE_RECTIFICATION", entityId: noticeId } });
    expect(JSON.parse(audit.after!)).toMatchObject({ status: "CLOSED", closingNote: "已组建2家，方案已落实" });

    const again = await gql(CLOSE_RECT, { id: noticeId, note: "再次关闭", v: await nv(noticeId) }, await assessor());
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await counts()).toMatchObject({ audits: before.audits + 1 });

    const v = await view(q2);
    expect(v.rectifications.map((r) => [r.code, r.state])).toEqual([
      [CENTRES, "CLOSED"],
      ["二.(一).3.(2)", "OVERDUE"],
    ]);
  });
});

describe("authorization", () => {
  it("gives a section head FORBIDDEN on every review write and writes nothing", async () => {
    const head = await userNamed("jihua");
    const q2 = (await db.review.findFirstOrThrow({ where: { kind: "QUARTER", periodIndex: 2 } })).id;
    const open = await db.rectification.findFirstOrThrow({ where: { status: "OPEN" } });
    const before = await counts();
    const calls: [string, Record<string, unknown>][] = [
      [OPEN, { input: { planId, kind: "QUARTER", year: 2013, periodIndex: 4 } }],
      [REFRESH, { id: q2, v: await rv(q2) }],
      [CLOSE, { id: q2, v: await rv(q2) }],
      [REOPEN, { id: q3, v: await rv(q3) }],
      [COMMENT, { input: { reviewId: q2, targetId: ids.get(CENTRES), body: "科室自评" } }],
      [ISSUE, { input: { reviewId: q2, targetId: ids.get(CENTRES), notice: "整改", deadline: daysFromToday(15) } }],
      [CLOSE_RECT, { id: open.id, note: "已整改", v: open.version }],
    ];
    for (const [query, vars] of calls) {
      const res = await gql(query, vars, head);
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
    expect(await counts()).toEqual(before);
    expect((await db.review.findUniqueOrThrow({ where: { id: q2 } })).status).toBe("OPEN");
  });

  it("lets everyone signed in read, but marks only assessors and administrators as able to manage", async () => {
    expect((await view(q3, "jihua")).viewerCanManage).toBe(false);
    expect((await view(q3, "leader")).viewerCanManage).toBe(false);
    expect((await view(q3, "assessor")).viewerCanManage).toBe(true);
    const anonymous = await gql(REVIEW, { id: q3 }, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("monthly dispatch (月度调度)", () => {
  it("lists per section what is open this month and not done, plus the open notices", async () => {
    const sep = await open("MONTH", 9);
    const v = await view(sep.id);
    expect(v.dispatch).not.toBeNull();
    expect(v.dispatch!.asOf).toBe("2013-09-30");
    const jihua = v.dispatch!.sections.find((s) => s.section?.name === "计划科")!;
    // 3.(1) was done on 09-26; 3.(3) reached 4 with the late reports before the month review was opened
    expect(jihua.targets.map((t) => t.target.code)).toEqual(["二.(一).3.(2)"]);
    expect(jihua.rectifications.map((r) => r.code)).toEqual(["二.(一).3.(2)"]);
    const gaoxin = v.dispatch!.sections.find((s) => s.section?.name === "高新办")!;
    expect(gaoxin.targets.length).toBeGreaterThan(0);
    expect(gaoxin.targets.every((t) => t.status !== "DONE")).toBe(true);
    // the funding targets have no owner: their own group
    expect(v.dispatch!.sections.at(-1)!.section).toBeNull();
  });

  it("serves the live list of a month for one section (sectionDispatch) in a fixed number of queries", async () => {
    const leader = await userNamed("leader");
    const q = `query D($p: ID!, $m: Int!, $s: ID) { sectionDispatch(planId: $p, month: $m, sectionId: $s) { asOf sections { section { name } targets { target { code } dueThisMonth } } } }`;
    const res = await gql<{
      sectionDispatch: {
        asOf: string;
        sections: { section: { name: string }; targets: { target: { code: string }; dueThisMonth: boolean }[] }[];
      };
    }>(q, { p: planId, m: 10, s: sections.get("农社科") }, leader);
    expect(res.errors).toBeUndefined();
    expect(res.data!.sectionDispatch.asOf).toBe("2013-10-31");
    expect(res.data!.sectionDispatch.sections).toHaveLength(1);
    // 10月 closes the 3-10月 window of 2.(1)② (4 of 5 at the month end); 2.(1)① was done in October
    const nongshe = res.data!.sectionDispatch.sections[0];
    expect(nongshe.section.name).toBe("农社科");
    expect(nongshe.targets.find((t) => t.target.code === "二.(一).2.(1)②")?.dueThisMonth).toBe(true);
    expect(nongshe.targets.find((t) => t.target.code === "二.(一).2.(1)①")).toBeUndefined();
    const bad = await gql(q, { p: planId, m: 13 }, leader);
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const a = await countQueries(() => findSectionDispatch({ planId, month: 3 }));
    const b = await countQueries(() => findSectionDispatch({ planId, month: 9 }));
    expect(a.queries).toBe(b.queries);
  });
});

describe("year-end assessment (年终考评)", () => {
  it("keeps the computed year-end score of every target in the snapshot", async () => {
    const year = await open("YEAR", 1);
    const v = await view(year.id);
    expect(v.rows).toHaveLength(20);
    expect(v.rows.every((r) => typeof r.computedScore === "number")).toBe(true);
    const done = v.rows.find((r) => r.code === "二.(一).2.(1)①")!;
    expect(done.status).toBe("DONE");
    expect(done.computedScore).toBeCloseTo(done.points, 10);
    // every window ends inside the year
    expect(v.dueInPeriod).toHaveLength(20);
    expect(v.comparison.previous).toBeNull();
  });
});

describe("the review page costs a fixed number of queries", () => {
  it("as many for a review with one comment and notice as for one with several", async () => {
    const h1 = await open("HALF_YEAR", 1);
    const leader = await userNamed("leader");
    const comment = (code: string) =>
      gql(COMMENT, { input: { reviewId: h1.id, targetId: ids.get(code), body: `点评 ${code}` } }, assessorUser);
    const notice = (code: string) =>
      gql(ISSUE, { input: { reviewId: h1.id, targetId: ids.get(code), notice: "整改", deadline: daysFromToday(15) } }, assessorUser);
    const assessorUser = await assessor();
    await comment(CENTRES);
    await notice(CENTRES);
    const before = await countQueries(() => gql(REVIEW, { id: h1.id }, leader));
    for (const code of [PLATFORM, "二.(一).3.(2)", "二.(一).1.(1)"]) {
      await comment(code);
      await notice(code);
    }
    await gql(COMMENT, { input: { reviewId: h1.id, sectionId: sections.get("高新办"), body: "高新办点评" } }, await userNamed("admin"));
    const after = await countQueries(() => gql(REVIEW, { id: h1.id }, leader));
    expect(after.queries).toBe(before.queries);
  });

  it("lists a plan's reviews by kind", async () => {
    const res = await gql<{ reviews: { review: { periodKey: string; status: string }; commentCount: number }[] }>(
      `query L($p: ID!, $k: ReviewKind) { reviews(planId: $p, kind: $k) { commentCount review { periodKey status } } }`,
      { p: planId, k: "QUARTER" },
      await userNamed("jihua"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.reviews.map((r) => [r.review.periodKey, r.review.status])).toEqual([
      ["2013-Q2", "OPEN"],
      ["2013-Q3", "CLOSED"],
    ]);
    expect(res.data!.reviews[0].commentCount).toBe(3);
    const all = await gql<{ reviews: unknown[] }>(
      `query L($p: ID!) { reviews(planId: $p) { commentCount } }`,
      { p: planId },
      await userNamed("leader"),
    );
    expect(all.data!.reviews).toHaveLength(5);
  });
});

describe("section calendar feed (iCalendar)", () => {
  const call = (sectionId: string, token?: string) =>
    calendarGET(
      new Request(`http://localhost/api/calendar/${sectionId}${token === undefined ? "" : `?token=${encodeURIComponent(token)}`}`),
      {
        params: Promise.resolve({ sectionId }),
      },
    );

  it("serves 计划科's three target windows and its open notice deadlines with a good token", async () => {
    const jihua = sections.get("计划科")!;
    const res = await call(jihua, calendarToken(jihua));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
    const ics = await res.text();
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const unfolded = ics.replace(/\r\n /g, "");
    const targetEvents = unfolded.split("\r\n").filter((l) => l.startsWith("UID:target-"));
    expect(targetEvents).toHaveLength(3);
    expect(unfolded).toContain(`UID:target-${ids.get(CENTRES)}@`);
    expect(unfolded).toContain("SUMMARY:二.(一).3.(3) 市级工程技术研究中心");
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20130601\r\nDTEND;VALUE=DATE:20140101");
    expect(unfolded).toContain("DESCRIPTION:组建市级工程技术研究中心4家。");
    const openNotices = await db.rectification.count({ where: { status: "OPEN", target: { owners: { some: { sectionId: jihua } } } } });
    expect(openNotices).toBeGreaterThan(0);
    expect(unfolded.split("\r\n").filter((l) => l.startsWith("UID:rectification-"))).toHaveLength(openNotices);
    expect(unfolded).toContain("SUMMARY:整改期限：二.(一).3.(2) 科技创新带头人");
    expect(unfolded.split("\r\n").filter((l) => l === "BEGIN:VEVENT")).toHaveLength(3 + openNotices);
  });

  it("answers 403 to a wrong, missing or another section's token", async () => {
    const jihua = sections.get("计划科")!;
    expect((await call(jihua, "not-the-token")).status).toBe(403);
    expect((await call(jihua)).status).toBe(403);
    expect((await call(jihua, calendarToken(sections.get("高新办")!))).status).toBe(403);
  });

  it("hands the signed-in section page the feed path with its token", async () => {
    const jihua = sections.get("计划科")!;
    const res = await gql<{ sectionCalendar: { path: string } }>(
      `query C($s: ID!) { sectionCalendar(sectionId: $s) { path } }`,
      { s: jihua },
      await userNamed("jihua"),
    );
    expect(res.data!.sectionCalendar.path).toBe(`/api/calendar/${jihua}?token=${calendarToken(jihua)}`);
  });
});

describe("review pack (复核包)", () => {
  it("exports the quarterly inspection as a workbook with the snapshot, comments and notices sheets", async () => {
    const q2 = (await db.review.findFirstOrThrow({ where: { kind: "QUARTER", periodIndex: 2 } })).id;
    const pack = await exportReviewPack({ reviewId: q2, format: "xlsx" });
    expect(pack.fileName).toBe("复核包-2013-Q2-季度督查.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(pack.body as Uint8Array) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["督查表", "点评", "整改通知", "逐项清单"]);
    const sheet = wb.getWorksheet("督查表")!;
    expect(sheet.rowCount).toBe(21);
    expect(sheet.getRow(1).getCell(1).value).toBe("编号");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const centres = sheet.getRows(2, 20)!.find((r) => r.getCell(1).value === CENTRES)!;
    expect(centres.getCell(4).value).toBe("计划科");
    expect(centres.getCell(5).value).toBe("6–12月");
    expect(centres.getCell(10).value).toBe("滞后");
    expect(centres.getCell(11).value).toBe("滞后");
    const unowned = sheet.getRows(2, 20)!.find((r) => r.getCell(1).value === "二.(一).5")!;
    expect(unowned.getCell(4).value).toBe("未指定");
    expect(unowned.getCell(5).value).toBe("未指定（按全年）");
    expect(wb.getWorksheet("点评")!.rowCount).toBe(4);
    expect(wb.getWorksheet("整改通知")!.rowCount).toBe(3);
  });

  it("exports a monthly review's dispatch sheet, and the main sheet as CSV with a BOM", async () => {
    const sep = (await db.review.findFirstOrThrow({ where: { kind: "MONTH", periodIndex: 9 } })).id;
    const pack = await exportReviewPack({ reviewId: sep, format: "xlsx" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(pack.body as Uint8Array) as unknown as ArrayBuffer);
    expect(wb.worksheets[0].name).toBe("调度清单");
    expect(wb.worksheets[0].getRow(1).getCell(1).value).toBe("科室");

    const csv = await exportReviewPack({ reviewId: q3, format: "csv" });
    const text = csv.body as string;
    expect(text.startsWith("\uFEFF编号,指标,")).toBe(true);
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(21);
  });

  it("is for signed-in users only", async () => {
    const res = await packGET(new NextRequest(`http://localhost/api/reviews/${q3}/pack`), { params: Promise.resolve({ reviewId: q3 }) });
    expect(res.status).toBe(401);
  });
});

describe("snapshots stored before owners became data", () => {
  it("read exactly like new ones: 未指定 as no owner, a joined list as those sections, on the page, in the comparison and in the pack", async () => {
    const q2 = (await db.review.findFirstOrThrow({ where: { kind: "QUARTER", periodIndex: 2 } })).id;
    const before = await view(q3);
    const csvBefore = (await exportReviewPack({ reviewId: q3, format: "csv" })).body;
    // rewrite both quarters' rows the way the old writer stored them: "农社科、高新办", or 未指定
    const rows = await db.reviewSnapshot.findMany({ where: { reviewId: { in: [q3, q2] } } });
    for (const row of rows) {
      const owners = (JSON.parse(row.owners) as { name: string }[]).map((o) => o.name);
      await db.reviewSnapshot.update({ where: { id: row.id }, data: { owners: owners.length ? owners.join("、") : "未指定" } });
    }
    const legacy = await db.reviewSnapshot.findUniqueOrThrow({
      where: { reviewId_targetId: { reviewId: q3, targetId: ids.get(CENTRES)! } },
    });
    expect(legacy.owners).toBe("计划科");

    const after = await view(q3);
    expect(after.rows).toEqual(before.rows);
    expect(after.rows.find((r) => r.code === CENTRES)!.owners).toEqual([{ id: sections.get("计划科"), name: "计划科" }]);
    expect(after.rows.find((r) => r.code === "二.(一).5")!.owners).toEqual([]);
    expect(after.comparison).toEqual(before.comparison);
    expect(after.sections).toEqual(before.sections);
    expect((await exportReviewPack({ reviewId: q3, format: "csv" })).body).toBe(csvBefore);
  });
});
