// 本月填报表 (#13): a section head downloads the month's sheet, fills it with ExcelJS as Excel or WPS would, checks
// it (dry run: every problem with its row number, nothing written) and imports it: each row becomes that user's
// report through the same service as a typed one (locks, bounds, versions, the 10× confirmation, count targets,
// 万元/亿元), all rows in one transaction. Through the real route handlers.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { MONTH_SHEET_COLUMNS, type MonthSheetKey } from "../../lib/domain/month-sheet";
import { db } from "../../lib/server/db";
import { lockMonth } from "../../lib/server/locks/lock-month";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { WINDOWS_PROGRAM, xlsxBomb } from "../factories/files";
import { gql, userNamed, versionOf } from "./harness";
import { callRoute, sessionCookie } from "./route-harness";

process.env.EVIDENCE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "ptt-month-sheet-"));

const GET = "GET /api/sections/[sectionId]/month-sheet";
const POST = "POST /api/sections/[sectionId]/month-sheet";
const FIRMS = "二.(一).1.(1)"; // 高企数量增长10%, baseline 120 家, 高新办; demo: 129 on 2013-09-30, 133 on 2013-12-31
const OUTPUT = "二.(一).1.(2)"; // 高新技术产品产值增长20%, baseline 380 亿元, 高新办; demo: 430 on 2013-09-30
const COUNT = "二.(一).4.(1)"; // 博士后科研工作联系点 3 家, a count target of 高新办 and 成果科
const INVESTMENT = "二.(二).3"; // 4.3 亿元, no owner in the plan: given to 高新办 here so amounts can be tried
const FUNDS = "二.(二).4"; // 1100 万元, likewise
const PLATFORM = "二.(一).3.(1)"; // 计划科's milestone

let ids: Map<string, string>;
let sections: Map<string, string>;
let planId: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  sections = seeded.loaded!.sectionIds;
  planId = seeded.loaded!.planId;
  for (const code of [INVESTMENT, FUNDS]) {
    await db.targetOwner.create({ data: { targetId: ids.get(code)!, sectionId: sections.get("高新办")! } });
  }
});

const col = (key: MonthSheetKey) => MONTH_SHEET_COLUMNS.findIndex((c) => c.key === key) + 1;

async function counts() {
  return { entries: await db.progressEntry.count(), audits: await db.auditLog.count(), evidence: await db.evidence.count() };
}

async function download(username: string, section: string, month: string): Promise<Response> {
  const sectionId = sections.get(section) ?? section;
  const user = await userNamed(username);
  return callRoute(GET, { url: `/api/sections/${sectionId}/month-sheet?month=${month}`, params: { sectionId } }, user.id);
}

async function sheetOf(username: string, section: string, month: string): Promise<ExcelJS.Workbook> {
  const res = await download(username, section, month);
  expect(res.status, await res.clone().text()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook;
}

/** The sheet's row number holding `code`. */
function rowOf(workbook: ExcelJS.Workbook, code: string): number {
  const sheet = workbook.getWorksheet("本月填报")!;
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(col("code")).value === code) return r;
  throw new Error(`no row ${code}`);
}

/** Types into the row of `code` as a person would in Excel (a typed date is a date cell). */
function fill(workbook: ExcelJS.Workbook, code: string, cells: Partial<Record<MonthSheetKey, string | number | Date>>) {
  const row = workbook.getWorksheet("本月填报")!.getRow(rowOf(workbook, code));
  for (const [key, value] of Object.entries(cells)) row.getCell(col(key as MonthSheetKey)).value = value;
}

/** Swaps two rows' contents, so a target sits on the row a test wants. */
function swapRows(workbook: ExcelJS.Workbook, a: number, b: number) {
  const sheet = workbook.getWorksheet("本月填报")!;
  for (let c = 1; c <= MONTH_SHEET_COLUMNS.length; c++) {
    const [x, y] = [sheet.getRow(a).getCell(c), sheet.getRow(b).getCell(c)];
    [x.value, y.value] = [y.value, x.value];
  }
}

async function upload(
  username: string,
  section: string,
  month: string,
  file: Uint8Array | ExcelJS.Workbook,
  { dryRun = false, name = "计划科-2013年10月填报表.xlsx", lang = null as "en" | "zh" | null } = {},
) {
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.xlsx.writeBuffer());
  const form = new FormData();
  form.append("file", new File([bytes as BlobPart], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const sectionId = sections.get(section)!;
  const user = await userNamed(username);
  const url = `/api/sections/${sectionId}/month-sheet?month=${month}${dryRun ? "&dryRun=1" : ""}`;
  const res = lang
    ? await callRoute(
        POST,
        { url, params: { sectionId }, form, headers: { cookie: `${await sessionCookie(user.id)}; lang=${lang}` } },
        null,
      )
    : await callRoute(POST, { url, params: { sectionId }, form }, user.id);
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & { error?: { code: string; message: string; problems?: Problem[] } },
  };
}

interface Problem {
  row: number | null;
  column: string | null;
  message: string;
}
interface Result {
  ok: boolean;
  dryRun: boolean;
  rows: {
    row: number;
    code: string;
    value: number;
    enteredValue: number | null;
    enteredUnit: string | null;
    reportedFor: string;
    link: string | null;
  }[];
  skipped: number;
  problems: Problem[];
  written: number;
}

/** An administrator saves `code` through the form (a typed report), as someone may after a sheet was downloaded. */
async function typedByAdmin(code: string, value: number, reportedFor: string) {
  const typed = await gql(
    `mutation R($input: RecordProgressInput!) { recordProgress(input: $input) { entry { id } } }`,
    { input: { targetId: ids.get(code), value, reportedFor, expectedVersion: await versionOf("target", ids.get(code)!) } },
    await userNamed("admin"),
  );
  expect(typed.errors).toBeUndefined();
}

const DASHBOARD = `query D($p: ID!, $a: Date) { planDashboard(planId: $p, asOf: $a) { targets { target { code } value ratio } } }`;
async function dashboard(asOf: string) {
  const res = await gql<{ planDashboard: { targets: { target: { code: string }; value: number | null; ratio: number | null }[] } }>(
    DASHBOARD,
    { p: planId, a: asOf },
    await userNamed("leader"),
  );
  expect(res.errors).toBeUndefined();
  return new Map(res.data!.planDashboard.targets.map((t) => [t.target.code, t]));
}

describe("本月填报表: download", () => {
  it("lists the section's targets with the last figure as of the month's end, the version, and count targets read-only", async () => {
    const workbook = await sheetOf("gaoxin", "高新办", "2013-10");
    const sheet = workbook.getWorksheet("本月填报")!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...MONTH_SHEET_COLUMNS.map((c) => c.header)]);
    const firms = sheet.getRow(rowOf(workbook, FIRMS));
    expect(firms.getCell(col("title")).value).toBe("高企数量增长");
    expect(firms.getCell(col("lastValue")).value).toBe(129);
    expect(firms.getCell(col("lastDate")).value).toEqual(new Date("2013-09-30T00:00:00.000Z"));
    expect(firms.getCell(col("reportedFor")).value).toEqual(new Date("2013-10-31T00:00:00.000Z"));
    expect(firms.getCell(col("version")).value).toBe(await versionOf("target", ids.get(FIRMS)!));
    expect(firms.getCell(col("value")).protection?.locked).toBe(false);
    const count = sheet.getRow(rowOf(workbook, COUNT));
    expect(String(count.getCell(col("remark")).value)).toContain("逐项登记");
    expect(count.getCell(col("value")).protection?.locked).not.toBe(false);
    // only what the section owns: not 计划科's milestone
    expect(() => rowOf(workbook, PLATFORM)).toThrow();
    expect(workbook.getWorksheet("填写说明")!.getRow(2).values).toEqual([undefined, "填报月份", "2013-10"]);
  });

  it("is the section's own: another section's head, a county head, the leader are refused; an administrator of the unit may", async () => {
    expect((await download("jihua", "高新办", "2013-10")).status).toBe(403);
    expect((await download("heshan", "高新办", "2013-10")).status).toBe(403);
    expect((await download("leader", "高新办", "2013-10")).status).toBe(403);
    const res = await download("admin", "高新办", "2013-10");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("month-sheet-2013-10.xlsx");
    expect((await download("gaoxin", "高新办", "2013-13")).status).toBe(400);
    expect((await download("gaoxin", "高新办", "2014-01")).status).toBe(404); // no plan for 2014
  });
});

describe("本月填报表: upload", () => {
  it("imports two filled rows: dry run first (nothing written), then both reports with their audit rows; the dashboard moves", async () => {
    const before = await dashboard("2013-10-31");
    // by hand: 129 家 on 2013-09-30 against the baseline 120 → growth 7.5% of the required 10% = 0.75
    expect(before.get(FIRMS)).toMatchObject({ value: 129, ratio: 0.75 });
    expect(before.get(OUTPUT)!.value).toBe(430);

    const workbook = await sheetOf("gaoxin", "高新办", "2013-10");
    fill(workbook, FIRMS, { value: 131, note: "10月新认定高企2家" });
    fill(workbook, OUTPUT, { value: "440", link: "https://kjj.yiyang.gov.cn/2013/10/output.html" });

    const start = await counts();
    const dry = await upload("gaoxin", "高新办", "2013-10", workbook, { dryRun: true });
    expect(dry.status).toBe(200);
    const checked = dry.body as unknown as Result;
    expect(checked).toMatchObject({ ok: true, dryRun: true, problems: [], written: 0 });
    expect(checked.rows.map((r) => [r.row, r.code, r.value, r.reportedFor])).toEqual([
      [rowOf(workbook, FIRMS), FIRMS, 131, "2013-10-31"],
      [rowOf(workbook, OUTPUT), OUTPUT, 440, "2013-10-31"],
    ]);
    // every other listed target left empty: skipped, not a problem
    const listed = workbook.getWorksheet("本月填报")!.rowCount - 1;
    expect(checked.skipped).toBe(listed - 2);
    expect(await counts()).toEqual(start);

    const done = await upload("gaoxin", "高新办", "2013-10", workbook);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ ok: true, dryRun: false, written: 2 });
    // two reports, two RECORD_PROGRESS rows, one link and its ADD_EVIDENCE row
    expect(await counts()).toEqual({ entries: start.entries + 2, audits: start.audits + 3, evidence: start.evidence + 1 });

    const gaoxin = await userNamed("gaoxin");
    const firms = await db.progressEntry.findFirstOrThrow({ where: { targetId: ids.get(FIRMS) }, orderBy: { createdAt: "desc" } });
    expect(firms).toMatchObject({ value: 131, note: "10月新认定高企2家", reportedById: gaoxin.id, action: "RECORD" });
    expect(firms.reportedFor.toISOString().slice(0, 10)).toBe("2013-10-31");
    const output = await db.progressEntry.findFirstOrThrow({
      where: { targetId: ids.get(OUTPUT) },
      orderBy: { createdAt: "desc" },
      include: { evidence: true },
    });
    expect(output).toMatchObject({ value: 440, reportedById: gaoxin.id });
    expect(output.evidence.map((e) => [e.kind, e.url])).toEqual([["LINK", "https://kjj.yiyang.gov.cn/2013/10/output.html"]]);

    const audits = await db.auditLog.findMany({ where: { action: "RECORD_PROGRESS", entityId: { in: [firms.id, output.id] } } });
    expect(audits.map((a) => a.userId)).toEqual([gaoxin.id, gaoxin.id]);
    const firmsAudit = audits.find((a) => a.entityId === firms.id)!;
    // as if typed: old → new with the version claimed
    expect(JSON.parse(firmsAudit.before!)).toMatchObject({ value: 133, reportedFor: "2013-12-31" });
    expect(JSON.parse(firmsAudit.after!)).toMatchObject({ value: 131, reportedFor: "2013-10-31", note: "10月新认定高企2家" });

    const after = await dashboard("2013-10-31");
    // by hand: (131 − 120) / 120 = 9.1667% growth ÷ 10% = 0.91667; output (440 − 380) / 380 = 15.789% ÷ 20% = 0.78947
    expect(after.get(FIRMS)!.value).toBe(131);
    expect(after.get(FIRMS)!.ratio).toBeCloseTo(11 / 12, 10);
    expect(after.get(OUTPUT)!.value).toBe(440);
    expect(after.get(OUTPUT)!.ratio).toBeCloseTo(60 / 380 / 0.2, 10);
    expect(before.get(OUTPUT)!.ratio).toBeCloseTo(50 / 380 / 0.2, 10);
  });

  it("lists every bad row with its number (row 5: abc, row 7: a locked month) and writes nothing, not even the good row", async () => {
    await lockMonth({ user: await userNamed("admin"), planId, month: 3, reason: "3月数据已核定（测试）" });
    const workbook = await sheetOf("gaoxin", "高新办", "2013-10");
    swapRows(workbook, rowOf(workbook, OUTPUT), 5);
    swapRows(workbook, rowOf(workbook, FIRMS), 7);
    expect([rowOf(workbook, OUTPUT), rowOf(workbook, FIRMS)]).toEqual([5, 7]);
    fill(workbook, OUTPUT, { value: "abc" });
    fill(workbook, FIRMS, { value: 125, reportedFor: new Date("2013-03-31T00:00:00.000Z") });
    fill(workbook, FUNDS, { value: 900, note: "这一行本身没有问题" });

    const before = await counts();
    const dry = await upload("gaoxin", "高新办", "2013-10", workbook, { dryRun: true });
    expect(dry.status).toBe(200);
    const checked = dry.body as unknown as Result;
    expect(checked.ok).toBe(false);
    expect(checked.problems).toEqual([
      { row: 5, column: "本月完成值（累计）", message: "完成值应为数字，而不是「abc」" },
      { row: 7, column: "报送日期", message: expect.stringContaining("2013年3月的数据已锁定（管理员已锁定）") },
    ]);
    expect(checked.rows.map((r) => r.code)).toEqual([FUNDS]);

    const imported = await upload("gaoxin", "高新办", "2013-10", workbook);
    expect(imported.status).toBe(400);
    expect(imported.body.error?.code).toBe("BAD_USER_INPUT");
    expect(imported.body.error?.message).toMatch(/^填报表有 2 处问题，未导入：第 5 行：完成值应为数字/);
    expect(imported.body.error?.problems?.map((p) => p.row)).toEqual([5, 7]);
    expect(await counts()).toEqual(before);
  });

  it("refuses another section's target code and a code the plan does not have", async () => {
    const workbook = await sheetOf("gaoxin", "高新办", "2013-10");
    const [a, b] = [rowOf(workbook, FIRMS), rowOf(workbook, OUTPUT)];
    fill(workbook, FIRMS, { code: PLATFORM, value: 1 });
    fill(workbook, OUTPUT, { code: "九.(九).9", value: 1 });
    const before = await counts();
    const { body } = await upload("gaoxin", "高新办", "2013-10", workbook, { dryRun: true });
    expect((body as unknown as Result).problems).toEqual([
      { row: a, column: "指标编号", message: `指标「${PLATFORM}」不是高新办负责填报的指标，不能在本表填报` },
      { row: b, column: "指标编号", message: expect.stringContaining("中没有编号为「九.(九).9」的指标") },
    ]);
    expect((await upload("gaoxin", "高新办", "2013-10", workbook)).status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it("names the newer value on a row whose target changed since the download (versions)", async () => {
    const workbook = await sheetOf("gaoxin", "高新办", "2013-10");
    // someone saves FIRMS through the form after the sheet was downloaded
    await typedByAdmin(FIRMS, 132, "2013-10-31");
    fill(workbook, FIRMS, { value: 131 });
    const before = await counts();
    const { body } = await upload("gaoxin", "高新办", "2013-10", workbook, { dryRun: true });
    const [problem] = (body as unknown as Result).problems;
    expect(problem).toMatchObject({ row: rowOf(workbook, FIRMS), column: "版本号" });
    // who saved what since: the form's CONFLICT, worded for the sheet (the figure before was the 133 of 2013-12-31)
    expect(problem.message).toMatch(
      /^该指标已被更新：系统管理员于 .+ 报送进度（完成值：133 → 132；报送日期：2013-12-31 → 2013-10-31.*）。当前为第 \d+ 版，请重新下载本月填报表后再填。$/,
    );
    expect((await upload("gaoxin", "高新办", "2013-10", workbook)).status).toBe(400);
    // a version no download carried: the cell was edited
    fill(workbook, FIRMS, { version: 999 });
    const forged = await upload("gaoxin", "高新办", "2013-10", workbook, { dryRun: true });
    expect((forged.body as unknown as Result).problems[0].message).toMatch(/^版本号 999 与该指标的版本（第 \d+ 版）不符/);
    expect(await counts()).toEqual(before);
  });

  it("applies the typed report's rules: count targets take no figure, bounds, 10× needs 确认, amounts in 万元 or 亿元", async () => {
    const workbook = await sheetOf("gaoxin", "高新办", "2013-10");
    fill(workbook, COUNT, { value: 2 });
    fill(workbook, FIRMS, { value: -1 });
    fill(workbook, FUNDS, { value: 11001 });
    fill(workbook, INVESTMENT, { value: "45000", unit: "万元" });
    fill(workbook, OUTPUT, { value: 450, unit: "万元", reportedFor: "2014-01-05" });
    const rows = (body: Record<string, unknown>) => (body as unknown as Result).problems.map((p) => [p.row, p.column, p.message]);
    const first = await upload("gaoxin", "高新办", "2013-10", workbook, { dryRun: true });
    expect(rows(first.body)).toEqual(
      [
        [rowOf(workbook, FIRMS), "本月完成值（累计）", "完成值不能为负数"],
        [rowOf(workbook, OUTPUT), "填报单位", "该指标的计量单位是亿元，不能按“万元”填报"],
        [rowOf(workbook, COUNT), "本月完成值（累计）", expect.stringContaining("数量类指标按逐项登记的事项自动计数")],
        [
          rowOf(workbook, FUNDS),
          "本月完成值（累计）",
          expect.stringMatching(/完成值 11001 超过目标值的 10 倍.*请在“确认（超过目标10倍）”列填“是”/),
        ],
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
    // the amount in 万元 for a target in 亿元 is fine: 45000 万元 = 4.5 亿元
    const investment = (first.body as unknown as Result).rows.find((r) => r.code === INVESTMENT)!;
    expect(investment).toMatchObject({ value: 4.5, enteredValue: 45000, enteredUnit: "万元" });

    fill(workbook, COUNT, { value: null as unknown as string });
    fill(workbook, FIRMS, { value: null as unknown as string });
    fill(workbook, OUTPUT, { value: null as unknown as string });
    fill(workbook, FUNDS, { confirm: "是" });
    const before = await counts();
    const done = await upload("gaoxin", "高新办", "2013-10", workbook);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ written: 2 });
    expect(await counts()).toMatchObject({ entries: before.entries + 2 });
    const stored = await db.progressEntry.findFirstOrThrow({ where: { targetId: ids.get(INVESTMENT) }, orderBy: { createdAt: "desc" } });
    expect(stored).toMatchObject({ value: 4.5, enteredValue: 45000, enteredUnit: "万元" });
    expect((await db.progressEntry.findFirstOrThrow({ where: { targetId: ids.get(FUNDS) }, orderBy: { createdAt: "desc" } })).value).toBe(
      11001,
    );
  });

  it("says the rows' problems in English with lang=en, naming the columns by the sheet's own headers", async () => {
    const workbook = await sheetOf("gaoxin", "高新办", "2013-10");
    // saved since the download: the row's version is stale
    await typedByAdmin(FIRMS, 134, "2013-12-31");
    fill(workbook, FIRMS, { value: 135 });
    fill(workbook, OUTPUT, { value: "abc", confirm: "可能" });
    fill(workbook, FUNDS, { value: 11001 });
    const unknownRow = rowOf(workbook, INVESTMENT);
    fill(workbook, INVESTMENT, { code: "九.(九).9", value: 1 });
    const before = await counts();
    const { status, body } = await upload("gaoxin", "高新办", "2013-10", workbook, { dryRun: true, lang: "en" });
    expect(status).toBe(200);
    const problems = new Map((body as unknown as Result).problems.map((p) => [`${p.row} ${p.column}`, p.message]));
    const at = (code: string, column: string) => problems.get(`${rowOf(workbook, code)} ${column}`);
    expect(at(OUTPUT, "本月完成值（累计）")).toBe('Value must be a number, not "abc"');
    expect(at(OUTPUT, "确认（超过目标10倍）")).toBe('The confirmation column takes only "是" or nothing, not "可能"');
    expect(at(FUNDS, "本月完成值（累计）")).toBe(
      'The value 11001 is more than 10 times the target. Check the unit before submitting (if it is right, write "是" in the "确认（超过目标10倍）" column)',
    );
    expect(problems.get(`${unknownRow} 指标编号`)).toBe('湖南省益阳市科技局2013年绩效计划书 has no target coded "九.(九).9"');
    expect(at(FIRMS, "版本号")).toMatch(
      /^This target has been updated by 系统管理员 at .+: Report progress \(Value: 13\d → 134; .*\)\. It is now version \d+\. Please download the month's sheet again and fill it in anew\.$/,
    );
    expect(problems.size).toBe(5);
    // no Chinese but the sheet's headers and what was typed or is the plan's
    const data = [
      "本月完成值（累计）",
      "确认（超过目标10倍）",
      "是",
      "可能",
      "湖南省益阳市科技局2013年绩效计划书",
      "九.(九).9",
      "系统管理员",
    ];
    for (const message of problems.values())
      expect(data.reduce((m, d) => m.split(d).join(""), message)).not.toMatch(/[\u4e00-\u9fff：（），。；]/);

    const refused = await upload("gaoxin", "高新办", "2013-10", workbook, { lang: "en" });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(/^The sheet has 5 problems and was not imported: Row \d+: .+ …$/);
    expect(refused.body.error?.problems?.every((p) => !/完成值应为|请重新下载/.test(p.message))).toBe(true);
    expect(await counts()).toEqual(before);
    // the same sheet in Chinese, as it has always said
    const zh = (await upload("gaoxin", "高新办", "2013-10", workbook, { dryRun: true, lang: "zh" })).body as unknown as Result;
    expect(zh.problems.find((p) => p.row === rowOf(workbook, OUTPUT) && p.column === "确认（超过目标10倍）")?.message).toBe(
      "确认列只能填“是”或留空，而不是「可能」",
    );
  });

  it("refuses a sheet of another month, and files that are not a 填报表", async () => {
    const workbook = await sheetOf("gaoxin", "高新办", "2013-10");
    fill(workbook, FIRMS, { value: 134 });
    const other = await upload("gaoxin", "高新办", "2013-09", workbook, { dryRun: true });
    expect((other.body as unknown as Result).problems[0]).toMatchObject({
      row: null,
      message: expect.stringContaining("这是 2013-10 的填报表"),
    });

    const before = await counts();
    const disguised = await upload("gaoxin", "高新办", "2013-10", WINDOWS_PROGRAM, { name: "填报表.xlsx" });
    expect(disguised.status).toBe(400);
    expect(disguised.body.error?.message).toContain("文件内容与扩展名不符（实际为 exe）");

    const csv = await upload("gaoxin", "高新办", "2013-10", new TextEncoder().encode("指标编号,本月完成值\n"), { name: "表.csv" });
    expect(csv.status).toBe(400);
    expect(csv.body.error?.message).toContain("请上传 .xlsx 格式");

    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const truncated = await upload("gaoxin", "高新办", "2013-10", bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(truncated.status).toBe(400);

    // 60 KB that unpacks to 60 MB ("a zip bomb"), recognised as xlsx by its magic bytes: refused before ExcelJS inflates it
    const bombBytes = xlsxBomb(60);
    expect(bombBytes.length).toBeLessThan(100 * 1024);
    const exploded = await upload("gaoxin", "高新办", "2013-10", bombBytes);
    expect(exploded.status).toBe(400);
    expect(exploded.body.error?.message).toContain("无法读取该 Excel 文件");

    const big = new Uint8Array(2 * 1024 * 1024 + 100);
    big.set(bytes);
    const oversized = await upload("gaoxin", "高新办", "2013-10", big);
    expect(oversized.status).toBe(413);
    expect(oversized.body.error?.message).toContain("2 MB");

    const planTemplate = await callRoute(
      "GET /api/plan-template",
      { url: "/api/plan-template", params: {} },
      (await userNamed("gaoxin")).id,
    );
    const wrong = await upload("gaoxin", "高新办", "2013-10", new Uint8Array(await planTemplate.arrayBuffer()), { dryRun: true });
    expect((wrong.body as unknown as Result).problems[0].message).toContain("未找到表头");
    expect(await counts()).toEqual(before);
  });

  it("refuses an upload for a section that is not the caller's", async () => {
    const workbook = await sheetOf("gaoxin", "高新办", "2013-10");
    fill(workbook, FIRMS, { value: 134 });
    const before = await counts();
    expect((await upload("jihua", "高新办", "2013-10", workbook)).status).toBe(403);
    expect((await upload("heshan", "高新办", "2013-10", workbook)).status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});
