// #11 (numbers, text and dates) through GraphQL: the absurd figure, target value, link, NUL and deadline of the
// findings are refused with BAD_USER_INPUT, a Chinese message naming the field and the limit, and nothing is
// written; the ordinary values next to them still are.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { TEMPLATE_COLUMNS } from "../../lib/validation/plan-template";
import { gql, userNamed, versionOf, daysFromToday } from "./harness";

const RND = "二.(二).3"; // 全社会研发投入 4.3 亿元, no owning section (administrators report)
const FUNDS = "二.(二).4"; // 争取中央财政科技项目经费 1100 万元
const CENTRES = "二.(一).3.(3)"; // 组建市级工程技术研究中心4家, named items (计划科)
const FIRMS = "二.(一).1.(1)"; // 高企数量增长, 高新办; demo reports
const OUTPUT = "二.(一).1.(2)"; // 高新技术产品产值增幅, 亿元; demo year-end figure 452

const RECORD = `mutation R($input: RecordProgressInput!) { recordProgress(input: $input) { entry { id value enteredValue enteredUnit } } }`;
const UPDATE = `mutation U($input: UpdateTargetInput!) { updateTarget(input: $input) { plan { id } } }`;
const LINK = `mutation L($e: ID!, $url: String!, $title: String) { addEvidenceLink(entryId: $e, url: $url, title: $title) { id } }`;
const ADD_ITEM = `mutation A($input: AddCountItemInput!) { addCountItem(input: $input) { item { id } } }`;
const OPEN = `mutation O($input: OpenReviewInput!) { openReview(input: $input) { id } }`;
const ISSUE = `mutation I($input: IssueRectificationInput!) { issueRectification(input: $input) { id deadline } }`;
const CONFIGURE = `mutation C($i: ConfigureScoringInput!) { configureScoring(input: $i) { scoreFloor } }`;
const THRESHOLDS = `mutation T($input: SetThresholdsInput!) { setTargetThresholds(input: $input) { band } }`;
const REPORTING = `mutation G($p: ID!, $d: Int!, $l: Int!) { configureReporting(planId: $p, reportDueDays: $d, lockAfterDays: $l) { reportDueDays } }`;
const IMPORT = `mutation Im($input: ImportPlanInput!) { importPlan(input: $input) { ok problems { row column message } } }`;
const DASHBOARD = `query D($planId: ID!, $asOf: Date) { planDashboard(planId: $planId, asOf: $asOf) { asOf } }`;
const COPY = `mutation Cp($planId: ID!, $year: Int!) { copyPlan(planId: $planId, year: $year) { id } }`;
const DUTIES = `query Du($unitId: ID!, $search: String) { dutyList(unitId: $unitId, search: $search) { unit { id } } }`;

let planId: string;
let unitId: string;
let ids: Map<string, string>;
let sections: Map<string, string>;
const NUL = "\u0000";
const ONE_MB = 1024 * 1024;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  planId = seeded.loaded!.planId;
  unitId = seeded.loaded!.unitId;
  ids = seeded.loaded!.targetIds;
  sections = seeded.loaded!.sectionIds;
});

/** Everything a refused write could have touched. */
async function written() {
  return {
    entries: await db.progressEntry.count(),
    evidence: await db.evidence.count(),
    items: await db.countItem.count(),
    rectifications: await db.rectification.count(),
    audits: await db.auditLog.count(),
    targets: JSON.stringify(await db.target.findMany({ orderBy: { id: "asc" } })),
    plans: JSON.stringify(await db.plan.findMany({ orderBy: { id: "asc" } })),
  };
}

function refused(res: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }, message: RegExp | string) {
  expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  if (typeof message === "string") expect(res.errors?.[0].message).toContain(message);
  else expect(res.errors?.[0].message).toMatch(message);
}

describe("figures and target values", () => {
  it("refuses a figure of 1e20 亿元 even when its size is confirmed, and takes 5 亿元", async () => {
    const before = await written();
    const admin = await userNamed("admin");
    const input = {
      targetId: ids.get(RND),
      reportedFor: "2013-07-01",
      confirmLarge: true,
      expectedVersion: await versionOf("target", ids.get(RND)!),
    };
    // beyond any target's range (1 万亿元 in 元) the operation refuses it before the target is read
    refused(await gql(RECORD, { input: { ...input, value: 1e20 } }, admin), "完成值不能超过 1,000,000,000,000");
    // inside that, the target's own range names its unit
    refused(await gql(RECORD, { input: { ...input, value: 20_000 } }, admin), "完成值应在 0 到 10,000 亿元 之间");
    // typed in 万元 for the 亿元 target: its own unit's range names 万元
    refused(await gql(RECORD, { input: { ...input, value: 2e8, unit: "万元" } }, admin), "完成值应在 0 到 100,000,000 万元 之间");
    expect(await written()).toEqual(before);
    const ok = await gql<{ recordProgress: { entry: { value: number } } }>(RECORD, { input: { ...input, value: 5 } }, admin);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordProgress.entry.value).toBe(5);
  });

  it("refuses a target value of 5e-324 or 1e20 and a baseline of 5e-324, and takes 1200 万元", async () => {
    const before = await written();
    const admin = await userNamed("admin");
    const change = async (targetId: string, changes: Record<string, unknown>) =>
      gql(UPDATE, { input: { targetId, expectedVersion: await versionOf("target", targetId), changes } }, admin);
    refused(await change(ids.get(FUNDS)!, { targetValue: 5e-324 }), "目标值应在 0.0001 到 100,000,000 万元 之间");
    refused(await change(ids.get(FUNDS)!, { targetValue: 1e20 }), "目标值不能超过 1,000,000,000,000");
    refused(await change(ids.get(RND)!, { targetValue: 20_000 }), "目标值应在 0.0001 到 10,000 亿元 之间");
    refused(await change(ids.get(FIRMS)!, { targetValue: 5e-324 }), "目标增幅应在 0.01% 到 1,000% 之间");
    expect(await written()).toEqual(before);
    const ok = await change(ids.get(FUNDS)!, { targetValue: 1200 });
    expect(ok.errors).toBeUndefined();
    expect((await db.target.findUniqueOrThrow({ where: { id: ids.get(FUNDS) } })).targetValue).toBe(1200);
  });

  it("refuses points, floors, thresholds and reporting days outside their ranges", async () => {
    const before = await written();
    const [admin, assessor] = [await userNamed("admin"), await userNamed("assessor")];
    refused(
      await gql(CONFIGURE, { i: { planId, targets: [{ targetId: ids.get(FUNDS), pointsOverride: 1e6 }] } }, assessor),
      "分值应在 0 到 1,000 分 之间",
    );
    refused(await gql(CONFIGURE, { i: { planId, scoreFloor: 1e308 } }, assessor), "保底完成度应在 0% 到 100% 之间");
    refused(
      await gql(
        THRESHOLDS,
        {
          input: {
            targetId: ids.get(FUNDS),
            greenAt: 1e308,
            amberAt: 0.5,
            direction: "HIGHER_IS_BETTER",
            expectedVersion: await versionOf("target", ids.get(FUNDS)!),
          },
        },
        admin,
      ),
      "绿色阈值应为 0 到 1000% 之间的比例",
    );
    refused(await gql(REPORTING, { p: planId, d: 1_000_000_000, l: 10 }, admin), "报送期限（天）应在 0 到 60 天 之间");
    expect(await written()).toEqual(before);
  });

  it("reports a template row of 1e20 亿元 or 5e-324 as a problem of its row and column", async () => {
    const header = TEMPLATE_COLUMNS.map((c) => c.header);
    const row = (code: string, value: string): Record<string, string> => ({
      领域编号: "二",
      领域名称: "科技投入与保障",
      领域类别: "科技投入与保障",
      领域分值: "200",
      指标编号: code,
      指标名称: "全社会研发投入",
      计划原文: "全社会研发投入(R&D)情况:预计4.3亿元",
      类型: "金额",
      单位: "亿元",
      目标值: value,
      责任科室: "未指定",
    });
    const csv = [header, ...[row("二.1", "99999999999999999999"), row("二.2", "5e-324")].map((r) => header.map((h) => r[h] ?? ""))]
      .map((l) => l.join(","))
      .join("\r\n");
    const res = await gql<{ importPlan: { ok: boolean; problems: { row: number; column: string; message: string }[] } }>(
      IMPORT,
      { input: { year: 2016, fileName: "2016.csv", fileBase64: Buffer.from(csv).toString("base64"), dryRun: true } },
      await userNamed("admin"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.importPlan.ok).toBe(false);
    expect(res.data!.importPlan.problems).toEqual([
      { row: 2, column: "目标值", message: "目标值应在 0.0001 到 10,000 亿元 之间" },
      { row: 3, column: "目标值", message: "目标值应在 0.0001 到 10,000 亿元 之间" },
    ]);
  });
});

describe("text", () => {
  it("refuses a 1 MB evidence link or title and a link with NUL, and takes an ordinary link", async () => {
    const gaoxin = await userNamed("gaoxin");
    const entry = await db.progressEntry.findFirstOrThrow({ where: { targetId: ids.get(FIRMS) } });
    const before = await written();
    refused(await gql(LINK, { e: entry.id, url: "https://kjj.yiyang.gov.cn/" + "a".repeat(ONE_MB) }, gaoxin), "链接不能超过 2000 字");
    refused(
      await gql(LINK, { e: entry.id, url: "https://kjj.yiyang.gov.cn/pf/45", title: "批".repeat(ONE_MB) }, gaoxin),
      "标题不能超过 200 字",
    );
    refused(await gql(LINK, { e: entry.id, url: `https://kjj.yiyang.gov.cn/pf/45${NUL}` }, gaoxin), "链接不能包含控制字符");
    refused(
      await gql(LINK, { e: entry.id, url: "https://kjj.yiyang.gov.cn/pf/45", title: `批复${NUL}公示` }, gaoxin),
      "标题不能包含控制字符",
    );
    expect(await written()).toEqual(before);
    const ok = await gql(LINK, { e: entry.id, url: "https://kjj.yiyang.gov.cn/pf/45", title: "批复公示" }, gaoxin);
    expect(ok.errors).toBeUndefined();
  });

  it("refuses NUL in a note, an item's name and a search; a note may still run over lines", async () => {
    const before = await written();
    const [admin, jihua] = [await userNamed("admin"), await userNamed("jihua")];
    const report = {
      targetId: ids.get(RND),
      value: 5.5,
      reportedFor: "2013-08-01",
      expectedVersion: await versionOf("target", ids.get(RND)!),
    };
    refused(await gql(RECORD, { input: { ...report, note: `年中统计${NUL}` } }, admin), "情况说明不能包含控制字符");
    refused(
      await gql(
        ADD_ITEM,
        {
          input: {
            targetId: ids.get(CENTRES),
            name: `益阳${NUL}工程中心`,
            date: "2013-08-01",
            sectionId: sections.get("计划科"),
            expectedVersion: await versionOf("target", ids.get(CENTRES)!),
          },
        },
        jihua,
      ),
      "事项名称不能包含控制字符",
    );
    refused(await gql(DUTIES, { unitId, search: `科技${NUL}` }, admin), "搜索内容不能包含控制字符");
    expect(await written()).toEqual(before);
    const ok = await gql(RECORD, { input: { ...report, note: "一、年中统计\n二、含县区数据" } }, admin);
    expect(ok.errors).toBeUndefined();
  });
});

describe("dates", () => {
  it("refuses a rectification deadline of 9999-12-31, before today or more than a year ahead, and takes one 366 days ahead", async () => {
    const assessor = await userNamed("assessor");
    const opened = await gql<{ openReview: { id: string } }>(
      OPEN,
      { input: { planId, kind: "QUARTER", year: 2013, periodIndex: 3 } },
      assessor,
    );
    expect(opened.errors).toBeUndefined();
    const notice = (deadline: string) => ({
      input: { reviewId: opened.data!.openReview.id, targetId: ids.get(CENTRES), notice: "加快组建", deadline },
    });
    const before = await written();
    refused(await gql(ISSUE, notice("9999-12-31"), assessor), "整改期限应在 2000-01-01 到 2100-12-31 之间");
    // today is long after the 2013 plan's year, so the later bound is a year after the issue day
    refused(await gql(ISSUE, notice(daysFromToday(367)), assessor), `整改期限不能晚于 ${daysFromToday(366)}`);
    refused(await gql(ISSUE, notice("2014-12-31"), assessor), `整改期限不能早于下发当天（${daysFromToday(0)}）`);
    expect(await written()).toEqual(before);
    const ok = await gql<{ issueRectification: { deadline: string } }>(ISSUE, notice(daysFromToday(366)), assessor);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.issueRectification.deadline).toBe(daysFromToday(366));
  });

  it("refuses an as-of day no plan has", async () => {
    const res = await gql(DASHBOARD, { planId, asOf: "9999-12-31" }, await userNamed("leader"));
    refused(res, "日期应在 2000-01-01 到 2100-12-31 之间");
  });
});

describe("copying a plan", () => {
  it("carries a year-end figure in as next year's baseline only when it is a baseline the inputs take", async () => {
    // a legacy year-end figure of 2,000,000,000 家 (the inputs take at most 1,000,000,000 for a growth figure)
    const admin = await userNamed("admin");
    await db.progressEntry.create({
      data: { targetId: ids.get(FIRMS)!, value: 2e9, reportedFor: new Date("2013-12-31T00:00:00.000Z"), reportedById: admin.id },
    });
    const res = await gql<{ copyPlan: { id: string } }>(COPY, { planId, year: 2017 }, admin);
    expect(res.errors).toBeUndefined();
    const copied = await db.target.findMany({ where: { planId: res.data!.copyPlan.id, code: { in: [FIRMS, OUTPUT] } } });
    const byCode = new Map(copied.map((t) => [t.code, t]));
    expect(byCode.get(FIRMS)).toMatchObject({ baselineValue: null, baselineSource: null });
    expect(byCode.get(OUTPUT)).toMatchObject({ baselineValue: 452, baselineSource: "2013 年末报送值（复制计划时带入）" });
  });
});
