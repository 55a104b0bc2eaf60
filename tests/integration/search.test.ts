// 站内搜索 (#13) through GraphQL on the seeded 2013 data. Expected hits are worked out by hand from the seed
// (prisma/seed-data: the plan's wording, the demo items and notes, 益阳's 主要职责), not from the code.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../lib/server/auth/session-user";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { countQueries, daysFromToday, gql, userNamed } from "./harness";

const SEARCH = `
  query Search($q: String!) {
    search(query: $q) {
      query terms total more
      groups {
        kind more
        hits { kind id title snippet field date unitId unitName planId planTitle planYear targetId targetCode dutySeq workItemSeq withdrawn url }
      }
    }
  }`;

interface Hit {
  kind: string;
  id: string;
  title: string;
  snippet: string;
  field: string;
  date: string | null;
  unitId: string;
  unitName: string;
  planId: string | null;
  planYear: number | null;
  targetId: string | null;
  targetCode: string | null;
  dutySeq: number | null;
  workItemSeq: number | null;
  withdrawn: boolean;
  url: string;
}
interface Result {
  query: string;
  terms: string[];
  total: number;
  more: boolean;
  groups: { kind: string; more: boolean; hits: Hit[] }[];
}

const CITY = "益阳市科技局";
const users = new Map<string, SessionUser>();
let cityUnitId: string;

async function search(q: string, username: string) {
  return gql<{ search: Result }>(SEARCH, { q }, users.get(username)!);
}

async function found(q: string, username: string): Promise<Result> {
  const res = await search(q, username);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.search;
}

const group = (r: Result, kind: string) => r.groups.find((g) => g.kind === kind)!;
const codes = (r: Result, kind: string) => group(r, kind).hits.map((h) => h.targetCode);

beforeAll(async () => {
  await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  for (const name of ["gaoxin", "jihua", "leader", "assessor", "admin", "heshan", "taojiang"]) users.set(name, await userNamed(name));
  cityUnitId = (await db.unit.findUniqueOrThrow({ where: { name: CITY } })).id;
});

describe("site search: what it finds", () => {
  it("finds a target by a word of its name, with its plan and the target page", async () => {
    const r = await found("黑茶产业联盟", "gaoxin");
    expect(r.groups.map((g) => g.kind)).toEqual(["TARGET", "ITEM", "NOTE", "RECTIFICATION", "DUTY"]);
    const [hit] = group(r, "TARGET").hits;
    expect(group(r, "TARGET").hits).toHaveLength(1);
    expect(hit).toMatchObject({
      kind: "TARGET",
      title: "中国黑茶产业联盟创新服务平台",
      targetCode: "二.(一).3.(1)",
      // the title is shown anyway: the snippet is the plan's wording
      field: "WORDING",
      snippet: "推进中国黑茶产业联盟创新服务平台建设;",
      unitName: CITY,
      planYear: 2013,
      url: `/targets/${hit.targetId}`,
    });
    expect(hit.id).toBe(hit.targetId);
    expect(r.total).toBe(1);
    expect(r.more).toBe(false);
  });

  it("finds a target by its number and by the plan's wording; ASCII letters in either case", async () => {
    expect(codes(await found("二.(一).3.(3)", "gaoxin"), "TARGET")).toEqual(["二.(一).3.(3)"]);
    // 全社会研发投入(R&D): title and wording
    const rd = await found("r&D", "gaoxin");
    expect(codes(rd, "TARGET")).toEqual(["二.(二).3"]);
    expect(rd.terms).toEqual(["r&d"]);
    // "保持在10%以上" is only in 二.(一).1.(1)'s wording; % is a LIKE wildcard, so "10%" is checked as text
    const pct = await found("10%", "gaoxin");
    expect(codes(pct, "TARGET")).toEqual(["二.(一).1.(1)"]);
    expect(group(pct, "TARGET").hits[0]).toMatchObject({ field: "WORDING", snippet: "预计辖区内高企数量增长幅度保持在10%以上。" });
  });

  it("finds the target and both named 工程技术研究中心 items, by name, each opening the target's items", async () => {
    const r = await found("工程技术研究中心", "jihua");
    expect(codes(r, "TARGET")).toEqual(["二.(一).3.(3)"]);
    const items = group(r, "ITEM").hits;
    // newest first
    expect(items.map((h) => [h.title, h.date])).toEqual([
      ["演示：益阳市竹材加工工程技术研究中心", "2013-11-20"],
      ["演示：益阳市黑茶加工工程技术研究中心", "2013-08-30"],
    ]);
    for (const h of items) {
      expect(h).toMatchObject({ kind: "ITEM", field: "NAME", targetCode: "二.(一).3.(3)", unitName: CITY });
      expect(h.url).toBe(`/targets/${h.targetId}#items-title`);
    }
  });

  it("finds a named item by its 批准文号", async () => {
    const r = await found("益科发〔2013〕45号", "gaoxin");
    expect(group(r, "ITEM").hits.map((h) => [h.title, h.field, h.snippet])).toEqual([
      ["演示：益阳市黑茶加工工程技术研究中心", "DOC_NUMBER", "益科发〔2013〕45号（演示）"],
    ]);
    expect(group(r, "TARGET").hits).toEqual([]);
  });

  it("still finds a withdrawn item, marked withdrawn, also by the reason it was withdrawn", async () => {
    const item = await db.countItem.findFirstOrThrow({ where: { name: "演示：某高校稻田综合种养成果落地转化" } });
    const res = await gql(
      `mutation ($i: ID!, $v: Int!) { withdrawCountItem(itemId: $i, reason: "重复登记，与省级项目合并", expectedVersion: $v) { item { id } } }`,
      { i: item.id, v: item.version },
      users.get("admin")!,
    );
    expect(res.errors).toBeUndefined();
    const byName = group(await found("稻田综合种养", "gaoxin"), "ITEM").hits;
    expect(byName.map((h) => [h.id, h.withdrawn])).toEqual([[item.id, true]]);
    const byReason = group(await found("重复登记", "gaoxin"), "ITEM").hits;
    expect(byReason.map((h) => [h.id, h.field, h.snippet])).toEqual([[item.id, "REASON", "重复登记，与省级项目合并"]]);
    // the others are not
    expect(group(await found("工程技术研究中心", "gaoxin"), "ITEM").hits.every((h) => !h.withdrawn)).toBe(true);
  });

  it("requires every term: 黑茶 alone finds six items and one target, 黑茶 加工 three items and no target", async () => {
    const one = await found("黑茶", "gaoxin");
    expect(codes(one, "TARGET")).toEqual(["二.(一).3.(1)"]);
    expect(group(one, "ITEM").hits).toHaveLength(6);
    const two = await found("黑茶  加工", "gaoxin");
    expect(two.terms).toEqual(["黑茶", "加工"]);
    expect(group(two, "TARGET").hits).toEqual([]);
    expect(
      group(two, "ITEM")
        .hits.map((h) => h.title)
        .sort(),
    ).toEqual(["演示：益阳市黑茶加工工程技术研究中心", "演示：科技创新带头人甲（黑茶加工）", "演示：黑茶标准化加工技术集成项目"].sort());
  });

  it("finds report notes, capped at 20 with a note that more exist", async () => {
    // the demo reports' notes are 【演示】第n次报送: 22 on the city's targets (DEMO_PROGRESS: 4+4+1+4+3+2+1+3)
    const r = await found("报送", "gaoxin");
    const notes = group(r, "NOTE");
    expect(notes.hits).toHaveLength(20);
    expect(notes.more).toBe(true);
    expect(r.more).toBe(true);
    expect(notes.hits.every((h) => h.field === "NOTE" && h.snippet.includes("报送") && h.unitName === CITY)).toBe(true);
    // newest report first: the year-end ones
    expect(notes.hits[0].date).toBe("2013-12-31");
    expect(notes.hits[0].url).toBe(`/targets/${notes.hits[0].targetId}`);
    // narrowed, it fits: only 二.(一).1.(1), 1.(2) and 二.(二).1① have a fourth report
    const fourth = await found("第4次报送", "gaoxin");
    expect(group(fourth, "NOTE").more).toBe(false);
    expect(codes(fourth, "NOTE").sort()).toEqual(["二.(一).1.(1)", "二.(一).1.(2)", "二.(二).1①"].sort());
  });

  it("finds rectification notices by their notice and by the section's answer, on the target page", async () => {
    const plan = await db.plan.findFirstOrThrow({ where: { year: 2013, unit: { name: CITY } } });
    const target = await db.target.findFirstOrThrow({ where: { planId: plan.id, code: "二.(一).3.(3)" } });
    const assessor = users.get("assessor")!;
    const opened = await gql<{ openReview: { id: string } }>(
      `mutation ($i: OpenReviewInput!) { openReview(input: $i) { id } }`,
      { i: { planId: plan.id, kind: "QUARTER", year: 2013, periodIndex: 3 } },
      assessor,
    );
    expect(opened.errors).toBeUndefined();
    const issued = await gql<{ issueRectification: { id: string } }>(
      `mutation ($i: IssueRectificationInput!) { issueRectification(input: $i) { id } }`,
      {
        i: {
          reviewId: opened.data!.openReview.id,
          targetId: target.id,
          notice: "请补报第三家工程中心的组建批复",
          deadline: daysFromToday(15),
        },
      },
      assessor,
    );
    expect(issued.errors).toBeUndefined();
    const id = issued.data!.issueRectification.id;
    const answered = await gql(
      `mutation ($i: AnswerRectificationInput!) { answerRectification(input: $i) { id } }`,
      { i: { rectificationId: id, answer: "已上传益阳市船舶工程中心的批复文件", expectedVersion: 1 } },
      users.get("jihua")!,
    );
    expect(answered.errors).toBeUndefined();

    const byNotice = group(await found("组建批复", "gaoxin"), "RECTIFICATION").hits;
    expect(byNotice.map((h) => [h.id, h.field, h.title, h.targetCode, h.date])).toEqual([
      [id, "NOTICE", "市级工程技术研究中心", "二.(一).3.(3)", daysFromToday(15)],
    ]);
    expect(byNotice[0].url).toBe(`/targets/${target.id}#target-rect-title`);
    const byAnswer = group(await found("船舶工程中心", "leader"), "RECTIFICATION").hits;
    expect(byAnswer.map((h) => [h.id, h.field])).toEqual([[id, "ANSWER"]]);
    // the county does not see the city's notice
    expect(group(await found("组建批复", "heshan"), "RECTIFICATION").hits).toEqual([]);
  });

  it("finds 益阳's duties, opening its 责任清单 searched for the same words", async () => {
    const r = await found("专利", "gaoxin");
    const duties = group(r, "DUTY").hits;
    // 6. 牵头协调全市知识产权工作。负责专利行政执法工作… — the only one of the twelve with 专利
    expect(duties.map((h) => [h.dutySeq, h.workItemSeq, h.field, h.unitName])).toEqual([[6, null, "DUTY", CITY]]);
    expect(duties[0].snippet).toContain("专利行政执法");
    expect(duties[0].url).toBe(`/units/${cityUnitId}/duties?q=%E4%B8%93%E5%88%A9`);
    expect(duties[0]).toMatchObject({ planId: null, targetId: null });
    // 湘阴县科技局's list (a unit no demo account belongs to) is outside everyone's scope here
    expect(duties.some((h) => h.unitName.includes("湘阴"))).toBe(false);
  });

  it("answers an empty result for a word found nowhere", async () => {
    const r = await found("量子计算", "admin");
    expect(r.total).toBe(0);
    expect(r.more).toBe(false);
    expect(r.groups.every((g) => g.hits.length === 0 && !g.more)).toBe(true);
  });
});

describe("site search: scope", () => {
  it("a county head finds only the county's own items; the city's target is not found", async () => {
    // 财政科技支出: the city's 二.(二).1①, 1② (wording) and 二.(二).2 (title); each county's 一.1
    expect(codes(await found("财政科技支出", "gaoxin"), "TARGET")).toEqual(["二.(二).1①", "二.(二).1②", "二.(二).2"]);
    const heshan = await found("财政科技支出", "heshan");
    expect(group(heshan, "TARGET").hits.map((h) => [h.targetCode, h.unitName])).toEqual([["一.1", "赫山区科技局（演示）"]]);
    expect(group(await found("财政科技支出", "taojiang"), "TARGET").hits.map((h) => h.unitName)).toEqual(["桃江县科技局（演示）"]);
    // nothing of the city for a county: not its targets, items or duties
    for (const q of ["黑茶产业联盟", "工程技术研究中心", "益科发〔2013〕45号", "专利"]) {
      const r = await found(q, "heshan");
      expect(r.total, q).toBe(0);
    }
    const notes = group(await found("报送", "heshan"), "NOTE").hits;
    // 赫山's four demo reports
    expect(notes).toHaveLength(4);
    expect(new Set(notes.map((h) => h.unitName))).toEqual(new Set(["赫山区科技局（演示）"]));
  });

  it("the city leader also finds the counties under the city; a city section head does not", async () => {
    const leader = await found("财政科技支出", "leader");
    expect(group(leader, "TARGET").hits).toHaveLength(6);
    expect(new Set(group(leader, "TARGET").hits.map((h) => h.unitName))).toEqual(
      new Set([CITY, "赫山区科技局（演示）", "桃江县科技局（演示）", "安化县科技局（演示）"]),
    );
    const head = await found("财政科技支出", "jihua");
    expect(new Set(group(head, "TARGET").hits.map((h) => h.unitName))).toEqual(new Set([CITY]));
  });

  it("costs the same few statements however much it finds", async () => {
    const narrow = await countQueries(() => search("量子计算", "gaoxin"));
    const wide = await countQueries(() => search("演示", "leader"));
    expect(wide.result.errors).toBeUndefined();
    // one page of candidates per kind (six reads, with their plan and unit) whether nothing or hundreds match
    expect(wide.queries).toBe(narrow.queries);
    expect(wide.queries).toBeLessThanOrEqual(24);
  });
});

describe("site search: bounds", () => {
  const refused = async (q: string) => {
    const res = await search(q, "gaoxin");
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    return res.errors![0];
  };

  it("refuses a query of 51 characters, naming the field; 50 is fine", async () => {
    const e = await refused("茶".repeat(51));
    expect(e.message).toBe("搜索内容不能超过 50 字");
    expect((e.extensions as { fields: Record<string, string> }).fields).toEqual({ query: "搜索内容不能超过 50 字" });
    expect((await found("茶".repeat(50), "gaoxin")).total).toBe(0);
    // spaces around it do not count
    expect((await found(`  ${"茶".repeat(50)}  `, "gaoxin")).query).toBe("茶".repeat(50));
  });

  it("refuses six terms; five are fine", async () => {
    const e = await refused("一 二 三 四 五 六");
    expect((e.extensions as { fields: Record<string, string> }).fields).toEqual({ query: "搜索内容最多 5 个词" });
    expect((await found("一 二 三 四 五", "gaoxin")).terms).toHaveLength(5);
  });

  it("refuses an empty query and control characters", async () => {
    expect((await refused("   ")).message).toBe("请填写搜索内容");
    expect((await refused("黑\u0000茶")).message).toBe("搜索内容不能包含控制字符");
  });

  it("refuses anonymous callers", async () => {
    const res = await gql(SEARCH, { q: "黑茶" }, null);
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
