// 通报 (#13 "A 通报 for every review"): the Q3 2013 inspection's notice on the seeded plan — its figures against
// ones worked out by hand from the demo set, the Word file unzipped and read, the rules (who reads, who edits,
// frozen once issued, versions), and the audit rows.
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { issueRectification } from "../../lib/server/reviews/issue-rectification";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { docxText } from "../factories/docx-text";
import { gql, userNamed, versionOf } from "./harness";
import { callRoute, sessionCookie } from "./route-harness";

const CENTRES = "二.(一).3.(3)"; // 组建市级工程技术研究中心4家, 计划科: 1 item by 09-30 → 25%, 滞后
const ROUTE = "GET /api/reviews/[reviewId]/bulletin";

const OPEN = `mutation O($input: OpenReviewInput!) { openReview(input: $input) { id version } }`;
const BULLETIN = `
  query B($id: ID!) {
    bulletin(reviewId: $id) {
      reviewId periodKey version reviewStatus unitFullName signature planTitle kind year periodIndex periodStart periodEnd
      addressee remarks issued issuedAt issuedByName date viewerCanEdit
      overall { count points completion done onTrack behind overdue notStarted inactive }
      areas { name count points completion done behind overdue }
      sections { name count completion }
      behind { code title owners status value ratio expectedRatio }
      overdue { code status }
      disciplineMonths disciplineAsOf
      discipline { owed due onTime late missing pending completeness onTimeRate }
      disciplineBySection { name owed onTime late missing }
      notices { code notice deadline overdue }
    }
  }`;
const UPDATE = `mutation U($input: UpdateBulletinInput!) { updateBulletin(input: $input) { version addressee remarks issued } }`;
const ISSUE = `mutation I($id: ID!, $v: Int!) { issueBulletin(reviewId: $id, expectedVersion: $v) { version issued issuedAt issuedByName date } }`;

type Bulletin = {
  reviewId: string;
  periodKey: string;
  version: number;
  unitFullName: string;
  signature: string;
  addressee: string | null;
  remarks: string | null;
  issued: boolean;
  issuedAt: string | null;
  issuedByName: string | null;
  date: string;
  viewerCanEdit: boolean;
  overall: { count: number; points: number; completion: number; done: number; behind: number; overdue: number };
  areas: { name: string; count: number; points: number; completion: number }[];
  sections: { name: string | null; count: number; completion: number }[];
  behind: { code: string; owners: string[]; ratio: number | null; value: number | null }[];
  overdue: { code: string }[];
  disciplineMonths: number[];
  discipline: { owed: number; due: number; onTime: number; late: number; missing: number; pending: number };
  disciplineBySection: { name: string; owed: number; onTime: number; late: number; missing: number }[];
  notices: { code: string; notice: string; deadline: string; overdue: boolean }[];
};

let ids: Map<string, string>;
let planId: string;
let q3: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  planId = seeded.loaded!.planId;
  const opened = await gql<{ openReview: { id: string } }>(
    OPEN,
    { input: { planId, kind: "QUARTER", year: 2013, periodIndex: 3 } },
    await userNamed("assessor"),
  );
  expect(opened.errors).toBeUndefined();
  q3 = opened.data!.openReview.id;
  // issued on 2013-10-08, after the quarter, as the inspection would have
  await issueRectification({
    user: await userNamed("assessor"),
    reviewId: q3,
    targetId: ids.get(CENTRES)!,
    notice: "加快市级工程技术研究中心组建进度",
    deadline: "2013-10-31",
    today: "2013-10-08",
  });
});

async function read(username = "leader") {
  const res = await gql<{ bulletin: Bulletin }>(BULLETIN, { id: q3 }, await userNamed(username));
  expect(res.errors).toBeUndefined();
  return res.data!.bulletin;
}

/** The Word route as `userId`, with the interface language's cookie when given. */
async function download(userId: string, lang?: "en" | "zh") {
  const cookie = [await sessionCookie(userId), ...(lang ? [`lang=${lang}`] : [])].join("; ");
  return callRoute(ROUTE, { url: `/api/reviews/${q3}/bulletin`, params: { reviewId: q3 }, headers: { cookie } }, null);
}

describe("the Q3 2013 通报", () => {
  it("reads the snapshot: completion, areas, sections, lagging targets, discipline and open notices", async () => {
    const b = await read();
    expect(b).toMatchObject({ periodKey: "2013-Q3", unitFullName: "湖南省益阳市科技局", signature: "益阳市科技局", issued: false });
    expect(b.viewerCanEdit).toBe(false); // the leader reads, the assessors edit
    expect((await read("assessor")).viewerCanEdit).toBe(true);
    expect(b.overall).toMatchObject({ count: 20, points: 680 });
    // completion = Σ points × capped ratio ÷ 680, each ratio as of 2013-09-30 from prisma/seed-data/demo-2013.ts
    const area1 = 50 * (9 / 120 / 0.1) + 50 * (50 / 380 / 0.2); // 高企 120 → 129 (7.5% of 10%), 产值 380 → 430
    const area2 = (100 / 6) * (4 / 5 + 4 / 5 + 2 / 4 + 1 / 3 + 6 / 10 + 0 / 2); // items dated on or before 09-30
    const area3 = (100 / 3) * (1 + 2 / 5 + 1 / 4); // 平台 done 09-26, 带头人 2 of 5, 中心 1 of 4
    const area4 = (100 / 3) * (2 / 3 + 2 / 3 + 1 / 2);
    const area5 = 0; // 创新创优: declared at year end
    const area6 = 40 * (201.2 / 267.9 + 610 / 920 + 1500 / 3800 + 0 + 800 / 1100); // R&D has no figure before 12-31
    expect(b.overall.completion).toBeCloseTo((area1 + area2 + area3 + area4 + area5 + area6) / 680, 10);
    expect(b.overall.completion).toBeCloseTo(0.4978, 4); // 49.8%
    expect(b.areas.map((a) => a.name)).toEqual([
      "高新技术产业发展",
      "科技支撑农业与民生建设",
      "创新能力建设",
      "产学研协同创新",
      "创新创优",
      "科技投入与保障",
    ]);
    expect(b.areas.find((a) => a.name === "创新能力建设")).toMatchObject({ count: 3, points: 100 });
    expect(b.areas.find((a) => a.name === "创新能力建设")!.completion).toBeCloseTo(0.55, 10);
    expect(b.sections.find((s) => s.name === "计划科")).toMatchObject({ count: 3 });
    expect(b.sections.at(-1)).toMatchObject({ name: null, count: 6 }); // 创新创优 + 科技投入与保障: no owner
    expect(b.behind.find((l) => l.code === CENTRES)).toMatchObject({ owners: ["计划科"], value: 1, ratio: 0.25 });
    expect(b.disciplineMonths).toEqual([7, 8, 9]);
    expect(b.discipline.owed).toBe(b.discipline.onTime + b.discipline.late + b.discipline.missing + b.discipline.pending);
    expect(b.discipline.owed).toBeGreaterThan(0);
    expect(b.notices).toEqual([{ code: CENTRES, notice: "加快市级工程技术研究中心组建进度", deadline: "2013-10-31", overdue: true }]);
  });

  it("is refused to a county's reader, and to the county's head by the Word route, with nothing of it answered", async () => {
    const county = await userNamed("heshan");
    const res = await gql(BULLETIN, { id: q3 }, county);
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(res.data ?? null).toBeNull();
    const file = await download(county.id);
    expect(file.status).toBe(403);
    expect(await file.text()).not.toMatch(/益阳市科技局|通报/);
  });

  it("lets only the unit's assessors edit it, with bounded text and the review's version", async () => {
    for (const username of ["leader", "jihua", "heshan"]) {
      const res = await gql(
        UPDATE,
        { input: { reviewId: q3, remarks: "越权", expectedVersion: await versionOf("review", q3) } },
        await userNamed(username),
      );
      expect(res.errors?.[0].extensions?.code, username).toBe("FORBIDDEN");
    }
    const assessor = await userNamed("assessor");
    for (const [input, pattern] of [
      [{ remarks: "字".repeat(2001) }, /考核组意见不能超过 2000 字/],
      [{ addressee: "局".repeat(101) }, /主送不能超过 100 字/],
      [{ addressee: "局机关\n各科室" }, /主送不能包含控制字符/],
      [{ remarks: "响铃\u0007" }, /考核组意见不能包含控制字符/],
    ] as const) {
      const res = await gql(UPDATE, { input: { reviewId: q3, ...input, expectedVersion: await versionOf("review", q3) } }, assessor);
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message).toMatch(pattern);
    }
    expect(await db.review.findUniqueOrThrow({ where: { id: q3 } })).toMatchObject({ bulletinAddressee: null, bulletinRemarks: null });
  });

  it("saves 主送 and remarks, audited old → new; a stale version gets the CONFLICT naming who saved", async () => {
    const assessor = await userNamed("assessor");
    const v = await versionOf("review", q3);
    const res = await gql<{ updateBulletin: Bulletin }>(
      UPDATE,
      {
        input: {
          reviewId: q3,
          addressee: "局机关各科室、各县（市、区）科技局",
          remarks: "第一段意见\n请计划科加快进度",
          expectedVersion: v,
        },
      },
      assessor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateBulletin).toMatchObject({
      version: v + 1,
      addressee: "局机关各科室、各县（市、区）科技局",
      remarks: "第一段意见\n请计划科加快进度",
      issued: false,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "UPDATE_BULLETIN", entityId: q3 }, orderBy: { seq: "desc" } });
    expect(audit.userId).toBe(assessor.id);
    expect(JSON.parse(audit.before!)).toEqual({ addressee: null, remarks: null, version: v });
    expect(JSON.parse(audit.after!)).toEqual({
      addressee: "局机关各科室、各县（市、区）科技局",
      remarks: "第一段意见\n请计划科加快进度",
      version: v + 1,
    });

    // the same stale view again: refused, naming the save in between, nothing written
    const audits = await db.auditLog.count();
    const stale = await gql(UPDATE, { input: { reviewId: q3, remarks: "旧页面的意见", expectedVersion: v } }, await userNamed("admin"));
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(stale.errors?.[0].message).toMatch(/演示考核组于 .* 修改通报/);
    expect(await db.auditLog.count()).toBe(audits);
    expect((await read()).remarks).toBe("第一段意见\n请计划科加快进度");
  });

  it("downloads as a Word file whose text is the draft notice", async () => {
    const assessor = await userNamed("assessor");
    const res = await download(assessor.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="bulletin-2013-Q3.docx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(res.headers.get("content-disposition")!.split("''")[1])).toBe("通报-2013-Q3-季度督查.docx");
    const text = await docxText(await res.arrayBuffer());
    expect(text[0]).toBe("草稿（未印发）");
    expect(text[1]).toBe("关于湖南省益阳市科技局2013年第三季度绩效目标督查情况的通报");
    expect(text[2]).toBe("局机关各科室、各县（市、区）科技局：");
    expect(text[3]).toMatch(/^根据《湖南省益阳市科技局2013年绩效计划书》.*截至2013年9月30日.*季度督查。现将有关情况通报如下：$/);
    expect(text).toContain("一、总体完成情况");
    expect(text.join("\n")).toMatch(/绩效目标共20项，总分值680分，期末总体完成度为49\.8%/);
    expect(text).toContain("创新能力建设\t3\t100\t55%\t1\t2\t0");
    // 滞后 in plan order; 6-12月: 122 of 214 days passed on 30 September
    expect(text).toContain("（一）滞后目标（9项）");
    expect(text).toContain(`5. ${CENTRES} 市级工程技术研究中心（计划科）：期末值1家（目标4家），完成度25%，应达进度57%。`);
    expect(text.join("\n")).toMatch(/尚未销号的整改通知1项/);
    expect(text).toContain(`1. ${CENTRES} 市级工程技术研究中心：加快市级工程技术研究中心组建进度（整改期限：2013年10月31日，已逾期）`);
    expect(text).toContain("七、考核组意见");
    expect(text).toContain("第一段意见");
    expect(text).toContain("请计划科加快进度");
    expect(text.at(-2)).toBe("益阳市科技局");
    // a draft is dated today (China time)
    expect(text.at(-1)).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    const zip = await JSZip.loadAsync(await (await download(assessor.id)).arrayBuffer());
    const header = Object.keys(zip.files).find((f) => /^word\/header\d*\.xml$/.test(f));
    expect(header && (await zip.file(header)!.async("string"))).toMatch(/草稿/); // the watermark
  });

  it("downloads in English when the interface is English", async () => {
    const assessor = await userNamed("assessor");
    const text = await docxText(await (await download(assessor.id, "en")).arrayBuffer());
    expect(text[0]).toBe("Draft (not issued)");
    expect(text[1]).toBe("Notice on the Q3 2013 quarterly inspection of performance targets, 湖南省益阳市科技局");
    expect(text.join("\n")).toMatch(/overall completion at the period end is 49\.8%/);
  });

  it("issues once: dated that day, remarks frozen; a second issue, any edit and a new snapshot refused with CONFLICT", async () => {
    const assessor = await userNamed("assessor");
    const v = await versionOf("review", q3);
    const res = await gql<{ issueBulletin: Bulletin }>(ISSUE, { id: q3, v }, assessor);
    expect(res.errors).toBeUndefined();
    const issued = res.data!.issueBulletin;
    expect(issued).toMatchObject({ version: v + 1, issued: true, issuedByName: "演示考核组" });
    const row = await db.review.findUniqueOrThrow({ where: { id: q3 } });
    expect(row.bulletinIssuedById).toBe(assessor.id);
    expect(issued.date).toBe(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(row.bulletinIssuedAt!));
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ISSUE_BULLETIN", entityId: q3 } });
    expect(JSON.parse(audit.before!)).toEqual({ issuedAt: null, version: v });
    expect(JSON.parse(audit.after!)).toMatchObject({
      issuedAt: row.bulletinIssuedAt!.toISOString(),
      issuedById: assessor.id,
      version: v + 1,
    });

    const audits = await db.auditLog.count();
    const edit = await gql(UPDATE, { input: { reviewId: q3, remarks: "印发后修改", expectedVersion: v + 1 } }, assessor);
    expect(edit.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(edit.errors?.[0].message).toMatch(/^通报已于 .* 印发，主送和考核组意见不能再修改$/);
    const again = await gql(ISSUE, { id: q3, v: v + 1 }, await userNamed("admin"));
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(again.errors?.[0].message).toMatch(/不能重复印发/);
    // its figures are the snapshot's: the open review's snapshot is not re-taken any more
    const refresh = await gql(
      `mutation ($id: ID!, $v: Int!) { refreshReviewSnapshot(reviewId: $id, expectedVersion: $v) { id } }`,
      { id: q3, v: v + 1 },
      assessor,
    );
    expect(refresh.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(refresh.errors?.[0].message).toBe("本次考核的通报已印发，快照不能再更新");
    expect(await db.auditLog.count()).toBe(audits);
    expect((await read()).remarks).toBe("第一段意见\n请计划科加快进度");

    // the Word file is no draft any more and carries the issue date
    const text = await docxText(await (await download(assessor.id)).arrayBuffer());
    expect(text[0]).toBe("关于湖南省益阳市科技局2013年第三季度绩效目标督查情况的通报");
    const [y, m, d] = issued.date.split("-").map(Number);
    expect(text.at(-1)).toBe(`${y}年${m}月${d}日`);
  });
  it("an issued notice is withdrawn with a reason: a draft again, the snapshot refreshable, the reason audited", async () => {
    const assessor = await userNamed("assessor");
    const WITHDRAW = `mutation W($id: ID!, $reason: String!, $v: Int!) { withdrawBulletin(reviewId: $id, reason: $reason, expectedVersion: $v) { version issued issuedAt } }`;
    const REVIEW = `query ($id: ID!) { review(id: $id) { review { bulletinIssuedAt } } }`;
    const issuedAt = (await db.review.findUniqueOrThrow({ where: { id: q3 } })).bulletinIssuedAt!;
    const shown = await gql<{ review: { review: { bulletinIssuedAt: string | null } } }>(REVIEW, { id: q3 }, assessor);
    expect(new Date(shown.data!.review.review.bulletinIssuedAt!).getTime()).toBe(issuedAt.getTime());
    const v = await versionOf("review", q3);
    const before = await db.auditLog.count();
    for (const reason of ["", "  ", "因".repeat(501)]) {
      const bad = await gql(WITHDRAW, { id: q3, reason, v }, assessor);
      expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
    const head = await gql(WITHDRAW, { id: q3, reason: "科室越权撤回", v }, await userNamed("jihua"));
    expect(head.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await db.auditLog.count()).toBe(before);
    expect((await db.review.findUniqueOrThrow({ where: { id: q3 } })).bulletinIssuedAt).not.toBeNull();

    const res = await gql<{ withdrawBulletin: { version: number; issued: boolean; issuedAt: string | null } }>(
      WITHDRAW,
      { id: q3, reason: "落款日期有误，撤回后重新印发", v },
      assessor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.withdrawBulletin).toEqual({ version: v + 1, issued: false, issuedAt: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "WITHDRAW_BULLETIN", entityId: q3 } });
    expect(audit.reason).toBe("落款日期有误，撤回后重新印发");
    expect(JSON.parse(audit.before!)).toMatchObject({ issuedAt: issuedAt.toISOString(), issuedById: assessor.id, version: v });
    expect(JSON.parse(audit.after!)).toEqual({ issuedAt: null, version: v + 1 });
    // a draft again: withdrawing twice is refused, the snapshot can be re-taken and the remarks edited
    const twice = await gql(WITHDRAW, { id: q3, reason: "再次撤回", v: v + 1 }, assessor);
    expect(twice.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(twice.errors?.[0].message).toBe("通报尚未印发，无需撤回");
    const refresh = await gql(
      `mutation ($id: ID!, $v: Int!) { refreshReviewSnapshot(reviewId: $id, expectedVersion: $v) { id } }`,
      { id: q3, v: v + 1 },
      assessor,
    );
    expect(refresh.errors).toBeUndefined();
    const edit = await gql(UPDATE, { input: { reviewId: q3, remarks: "更正后的意见", expectedVersion: v + 2 } }, assessor);
    expect(edit.errors).toBeUndefined();
  });
});
