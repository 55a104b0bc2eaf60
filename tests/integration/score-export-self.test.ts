// Self-assessment against the awarded score on the seeded 2013 plan, end to end: 计划科 enters its self
// scores through GraphQL, the assessors adjust one target, and the score workbook (XLSX opened with ExcelJS,
// and CSV) carries 自评分 / 考核得分 / 差值 / 自评说明 with SUM rows; its 逐项清单 sheet and the review pack's
// list every named item of the count targets (prisma/seed-data/demo-2013.ts DEMO_ITEMS).
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportScores } from "../../app/api/plans/[planId]/scores/route";
import { DEMO_ITEMS } from "../../prisma/seed-data/demo-2013";
import { openSession, SESSION_COOKIE } from "../../lib/server/auth/session";
import { db } from "../../lib/server/db";
import { withdrawCountItem } from "../../lib/server/items/withdraw-count-item";
import { exportReviewPack } from "../../lib/server/export/export-review-pack";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed } from "./harness";

const LEADERS = "二.(一).3.(2)"; // 科技创新带头人 5 名, 计划科: 5 of 5 → 33.333333 (FULL)
const CENTRES = "二.(一).3.(3)"; // 工程技术研究中心 4 家, 计划科: 2 of 4 = 50% < 60% floor → 0
const HIGH_TECH = "二.(一).1.(1)"; // 高新办's

const SELF = `mutation ($i: SetSelfScoreInput!) { setSelfScore(input: $i) { selfScore selfJustification selfVersion gap finalScore version selfBy { username } viewerCanSelfAssess } }`;
const ADJUST = `mutation ($i: AdjustScoreInput!) { adjustScore(input: $i) { finalScore version selfScore gap } }`;
const SHEET = `query S($planId: ID!) {
  scoreSheet(planId: $planId) {
    selfAssessmentOpen
    sectionGaps { section { name } compared selfTotal awardedTotal gap }
    areas { name points maxPoints rows { selfScore selfJustification selfVersion gap finalScore viewerCanSelfAssess progress { target { id code } } } }
  }
}`;

interface SheetRow {
  selfScore: number | null;
  selfJustification: string | null;
  selfVersion: number;
  gap: number | null;
  finalScore: number;
  viewerCanSelfAssess: boolean;
  progress: { target: { id: string; code: string } };
}
interface Sheet {
  selfAssessmentOpen: boolean;
  sectionGaps: { section: { name: string } | null; compared: number; selfTotal: number; awardedTotal: number; gap: number }[];
  areas: { name: string; points: number; maxPoints: number; rows: SheetRow[] }[];
}

let planId: string;
let ids: Map<string, string>;

async function sheet(username: string): Promise<Sheet> {
  const res = await gql<{ scoreSheet: Sheet }>(SHEET, { planId }, await userNamed(username));
  expect(res.errors).toBeUndefined();
  return res.data!.scoreSheet;
}
const rowOf = (s: Sheet, code: string) => s.areas.flatMap((a) => a.rows).find((r) => r.progress.target.code === code)!;

async function download(username: string, query: string) {
  const user = await db.user.findUniqueOrThrow({ where: { username } });
  const { sealed } = await openSession(user.id);
  const req = new NextRequest(`http://localhost/api/plans/${planId}/scores${query}`, {
    headers: { cookie: `${SESSION_COOKIE}=${sealed}` },
  });
  return exportScores(req, { params: Promise.resolve({ planId }) });
}

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  planId = seeded.loaded!.planId;
  ids = seeded.loaded!.targetIds;
});

describe("self-assessment (自评) against the awarded score", () => {
  it("lets 计划科 self-assess only its own targets, with the API's checks", async () => {
    const jihua = await userNamed("jihua");
    const before = await sheet("jihua");
    expect(before.selfAssessmentOpen).toBe(true);
    expect(before.sectionGaps).toEqual([]);
    expect(rowOf(before, LEADERS).viewerCanSelfAssess).toBe(true);
    expect(rowOf(before, HIGH_TECH).viewerCanSelfAssess).toBe(false);
    expect(rowOf(await sheet("leader"), LEADERS).viewerCanSelfAssess).toBe(false);

    const other = await gql(
      SELF,
      { i: { targetId: ids.get(HIGH_TECH), selfScore: 40, justification: "不是本科室的", expectedVersion: 0 } },
      jihua,
    );
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const over = await gql(
      SELF,
      { i: { targetId: ids.get(LEADERS), selfScore: 40, justification: "超过分值", expectedVersion: 0 } },
      jihua,
    );
    expect(over.errors?.[0].message).toContain("自评分不能超过该指标的分值 33.33 分");
    const bare = await gql(SELF, { i: { targetId: ids.get(LEADERS), selfScore: 30, expectedVersion: 0 } }, jihua);
    expect(bare.errors?.[0].message).toContain("请简要说明自评理由");
    expect(await db.targetScore.count({ where: { selfScore: { not: null } } })).toBe(0);
  });

  it("records the self score, its gap to the awarded score and the section's total gap", async () => {
    const jihua = await userNamed("jihua");
    const leaders = await gql<{
      setSelfScore: { selfScore: number; selfVersion: number; gap: number; finalScore: number; selfBy: { username: string } };
    }>(
      SELF,
      { i: { targetId: ids.get(LEADERS), selfScore: 30, justification: "五名带头人均已认定，个别材料补报", expectedVersion: 0 } },
      jihua,
    );
    expect(leaders.errors).toBeUndefined();
    expect(leaders.data!.setSelfScore).toMatchObject({ selfScore: 30, selfVersion: 1, selfBy: { username: "jihua" } });
    expect(leaders.data!.setSelfScore.gap).toBeCloseTo(30 - 100 / 3, 6);

    const centres = await gql(
      SELF,
      { i: { targetId: ids.get(CENTRES), selfScore: 20, justification: "已组建两家，另两家材料已上报待批", expectedVersion: 0 } },
      jihua,
    );
    expect(centres.errors).toBeUndefined();
    // a second save from the same stale form is refused
    const stale = await gql(SELF, { i: { targetId: ids.get(CENTRES), selfScore: 25, justification: "再改", expectedVersion: 0 } }, jihua);
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");

    // the assessors award 10 for the centres; the self-assessment keeps its own version
    const adjusted = await gql<{ adjustScore: { finalScore: number; selfScore: number; gap: number } }>(
      ADJUST,
      { i: { targetId: ids.get(CENTRES), adjustedScore: 10, reason: "两家已批复，按进度酌情给分", expectedVersion: 0 } },
      await userNamed("assessor"),
    );
    expect(adjusted.errors).toBeUndefined();
    expect(adjusted.data!.adjustScore).toMatchObject({ finalScore: 10, selfScore: 20, gap: 10 });

    const s = await sheet("leader");
    expect(rowOf(s, CENTRES)).toMatchObject({ selfScore: 20, finalScore: 10, gap: 10, selfVersion: 1 });
    expect(s.sectionGaps).toHaveLength(1);
    const gap = s.sectionGaps[0];
    expect(gap.section?.name).toBe("计划科");
    expect(gap.compared).toBe(2);
    expect(gap.selfTotal).toBe(50);
    expect(gap.awardedTotal).toBeCloseTo(100 / 3 + 10, 6);
    expect(gap.gap).toBeCloseTo(50 - (100 / 3 + 10), 6);
    expect(s.areas.every((a) => a.maxPoints === a.points)).toBe(true);
  });
});

describe("the score workbook with self scores and 逐项清单", () => {
  it("writes 自评分 / 考核得分 / 差值 / 自评说明 per target and sums them per area and overall", async () => {
    const res = await download("leader", "?format=xlsx");
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["年终考评计分表", "逐项清单"]);
    const ws = workbook.getWorksheet("年终考评计分表")!;
    expect((ws.getRow(1).values as unknown[]).slice(14)).toEqual(["自评分", "考核得分", "差值", "自评说明"]);
    const byLabel = new Map<string, number>();
    ws.eachRow((row, n) => byLabel.set(String(row.getCell(2).value ?? row.getCell(1).value), n));

    const leaders = ws.getRow(byLabel.get(LEADERS)!);
    expect(leaders.getCell(14).value).toBe(30);
    expect(leaders.getCell(15).value).toBeCloseTo(100 / 3, 9);
    expect(leaders.getCell(15).value).toBe(leaders.getCell(12).value); // 考核得分 = 最终得分
    expect(leaders.getCell(16).value).toBeCloseTo(30 - 100 / 3, 6);
    expect(leaders.getCell(16).numFmt).toBe("+0.00;-0.00;0.00");
    expect(leaders.getCell(17).value).toBe("五名带头人均已认定，个别材料补报");
    const centres = ws.getRow(byLabel.get(CENTRES)!);
    expect([centres.getCell(14).value, centres.getCell(15).value, centres.getCell(16).value]).toEqual([20, 10, 10]);
    const highTech = ws.getRow(byLabel.get(HIGH_TECH)!);
    expect([highTech.getCell(14).value, highTech.getCell(16).value, highTech.getCell(17).value]).toEqual([null, null, ""]);
    expect(highTech.getCell(15).value).toBe(50);

    // 创新能力建设 小计: SUM over its three rows, cached with the exact figures
    const first = byLabel.get("二.(一).3.(1)")!;
    const subtotal = ws.getRow(byLabel.get("创新能力建设 小计")!);
    expect(subtotal.getCell(14).value).toEqual({ formula: `SUM(N${first}:N${byLabel.get(CENTRES)})`, result: 50 });
    expect(subtotal.getCell(15).value).toMatchObject({ formula: `SUM(O${first}:O${byLabel.get(CENTRES)})` });
    expect((subtotal.getCell(15).value as { result: number }).result).toBeCloseTo(100 / 3 + 100 / 3 + 10, 6);
    expect((subtotal.getCell(16).value as { formula: string; result: number }).formula).toBe(`SUM(P${first}:P${byLabel.get(CENTRES)})`);
    expect((subtotal.getCell(16).value as { result: number }).result).toBeCloseTo(50 - (100 / 3 + 10), 6);
    // an area without self scores has no self sum, only the awarded one
    const highTechSubtotal = ws.getRow(byLabel.get("高新技术产业发展 小计")!);
    expect(highTechSubtotal.getCell(14).value).toBeNull();
    expect(highTechSubtotal.getCell(15).value).toMatchObject({ formula: expect.stringMatching(/^SUM\(O\d+:O\d+\)$/) });

    const work = ws.getRow(byLabel.get("工作业绩")!);
    const funding = ws.getRow(byLabel.get("科技投入与保障")!);
    const total = ws.getRow(byLabel.get("总分")!);
    expect((work.getCell(14).value as { result: number }).result).toBe(50);
    expect(funding.getCell(14).value).toBeNull();
    expect(total.getCell(14).value).toEqual({ formula: `SUM(N${work.number},N${funding.number})`, result: 50 });
    expect(total.getCell(15).value).toMatchObject({ formula: `SUM(O${work.number},O${funding.number})` });
    expect((total.getCell(15).value as { result: number }).result).toBe((total.getCell(12).value as { result: number }).result);
    // the cached 考核得分 total is what the formulas give over the written target cells
    let awarded = 0;
    ws.eachRow((row, n) => {
      if (n > 1 && typeof row.getCell(12).value === "number") awarded += Number(row.getCell(15).value);
    });
    expect(awarded).toBeCloseTo((total.getCell(15).value as { result: number }).result, 6);
  });

  it("writes the same columns to CSV", async () => {
    const res = await download("jihua", "?format=csv");
    const text = new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()).slice(3));
    const lines = text.trimEnd().split("\r\n");
    expect(lines.find((l) => l.startsWith(`创新能力建设,${CENTRES},`))).toMatch(
      /,33\.33,0\.00,10\.00,两家已批复，按进度酌情给分,20\.00,10\.00,\+10\.00,已组建两家，另两家材料已上报待批$/,
    );
    expect(lines.find((l) => l.startsWith("创新能力建设 小计"))).toMatch(/,50\.00,76\.67,\+6\.67,$/);
  });

  it("lists every named item of the count targets in 逐项清单, withdrawn ones with their reason", async () => {
    const item = await db.countItem.findFirstOrThrow({ where: { targetId: ids.get("二.(一).2.(3)③")! } });
    await withdrawCountItem({
      user: await userNamed("nongshe"),
      itemId: item.id,
      reason: "基地未通过验收（测试）",
      expectedVersion: item.version,
    });

    const res = await download("leader", "?format=xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const ws = workbook.getWorksheet("逐项清单")!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      "指标编号",
      "指标",
      "事项名称",
      "日期",
      "责任科室",
      "批准文号",
      "状态",
      "撤回原因",
    ]);
    const expected = Object.values(DEMO_ITEMS).reduce((n, list) => n + list.length, 0);
    expect(ws.rowCount).toBe(1 + expected);
    const rows = ws.getRows(2, expected)!.map((r) => (r.values as unknown[]).slice(1));
    // in the plan's order, each target's items by date
    expect(rows.map((r) => r[0])).toEqual(Object.entries(DEMO_ITEMS).flatMap(([code, list]) => list.map(() => code)));
    const centre = rows.find((r) => r[2] === "演示：益阳市竹材加工工程技术研究中心")!;
    expect(centre.slice(0, 2)).toEqual([CENTRES, "市级工程技术研究中心"]);
    expect(centre[3]).toBe("2013-11-20");
    expect(centre[4]).toBe("计划科");
    expect(centre[5]).toBe("益科发〔2013〕68号（演示）");
    expect(centre[6]).toBe("有效");
    const withdrawn = rows.find((r) => r[2] === "演示：安化县江南镇农村科普基地")!;
    expect(withdrawn[6]).toBe("已撤回");
    expect(withdrawn[7]).toBe("基地未通过验收（测试）");
  });

  it("adds 逐项清单 to the review pack: the items dated in or before the period", async () => {
    const assessor = await userNamed("assessor");
    const opened = await gql<{ openReview: { id: string } }>(
      `mutation ($input: OpenReviewInput!) { openReview(input: $input) { id } }`,
      { input: { planId, kind: "QUARTER", year: 2013, periodIndex: 2 } },
      assessor,
    );
    expect(opened.errors).toBeUndefined();
    const pack = await exportReviewPack({ reviewId: opened.data!.openReview.id, format: "xlsx" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(pack.body as Uint8Array) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["督查表", "点评", "整改通知", "逐项清单"]);
    const ws = wb.getWorksheet("逐项清单")!;
    const inQ2 = Object.entries(DEMO_ITEMS).flatMap(([code, list]) =>
      list.filter(([date]) => date <= "2013-06-30").map(([date, name]) => [code, date, name]),
    );
    expect(inQ2).toHaveLength(11);
    expect(ws.rowCount).toBe(1 + inQ2.length);
    expect(ws.getRows(2, inQ2.length)!.map((r) => [r.getCell(1).value, r.getCell(4).value, r.getCell(3).value])).toEqual(inQ2);
  });
});
