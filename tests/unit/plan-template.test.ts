import { describe, expect, it } from "vitest";
import * as template from "../../lib/validation/plan-template";
import { normalizeHeader, parseCsv, splitOwners, TEMPLATE_COLUMNS, type SheetRow } from "../../lib/validation/plan-template";
import { zh } from "../factories/zh-text";

// problems are catalogue messages; these tests read them in Chinese
const readHeader = (...a: Parameters<typeof template.readHeader>) => zh(template.readHeader(...a));
const parseTemplateRow = (...a: Parameters<typeof template.parseTemplateRow>) => zh(template.parseTemplateRow(...a));
const readTemplate = (...a: Parameters<typeof template.readTemplate>) => zh(template.readTemplate(...a));

const HEADER = TEMPLATE_COLUMNS.map((c) => c.header);
const SECTIONS = ["高新办", "农社科", "计划科", "成果科"];

/** A valid row of the template, by column header; override what the test is about. */
function cells(overrides: Record<string, string> = {}): string[] {
  const base: Record<string, string> = {
    领域编号: "二.(一).3",
    领域名称: "创新能力建设",
    领域类别: "工作业绩",
    领域分值: "100",
    指标编号: "二.(一).3.(3)",
    指标名称: "市级工程技术研究中心",
    计划原文: "组建市级工程技术研究中心4家。",
    类型: "数量",
    单位: "家",
    目标值: "4",
    基数: "",
    开始月: "6",
    结束月: "12",
    时间原文: "6-12月完成",
    责任科室: "计划科",
    分值: "",
    备注: "",
    ...overrides,
  };
  return HEADER.map((h) => base[h]);
}
const rows = (...data: string[][]): SheetRow[] => [HEADER, ...data].map((c, i) => ({ rowNumber: i + 1, cells: c }));
const index = readHeader({ rowNumber: 1, cells: HEADER }).index;
const parse = (overrides: Record<string, string>, rowNumber = 2) => parseTemplateRow({ rowNumber, cells: cells(overrides) }, index);

describe("template header", () => {
  it("matches headers with notes in brackets and stray spaces", () => {
    expect(normalizeHeader(" 领域类别(工作业绩/科技投入与保障) ")).toBe("领域类别");
    expect(normalizeHeader("责任科室（、分隔）")).toBe("责任科室");
  });
  it("reports missing columns on row 1", () => {
    const { problems } = readHeader({ rowNumber: 1, cells: HEADER.filter((h) => h !== "类型" && h !== "分值") });
    expect(problems).toEqual([{ row: 1, column: null, message: "表头缺少列：类型、分值（请使用导入模板）" }]);
  });
  it("finds columns in any order", () => {
    const reversed = [...HEADER].reverse();
    const { index: idx, problems } = readHeader({ rowNumber: 1, cells: reversed });
    expect(problems).toEqual([]);
    expect(idx.get("areaCode")).toBe(HEADER.length - 1);
  });
});

describe("parseTemplateRow", () => {
  it("reads a valid row into typed values", () => {
    expect(parse({}).row).toMatchObject({
      row: 2,
      category: "WORK",
      areaPoints: 100,
      kind: "COUNT",
      targetValue: 4,
      startMonth: 6,
      endMonth: 12,
      owners: ["计划科"],
      unassigned: false,
      points: null,
      remarks: null,
    });
  });
  it("reads several owners separated by 、 and the explicit 未指定", () => {
    expect(parse({ 责任科室: "成果科、高新办" }).row?.owners).toEqual(["成果科", "高新办"]);
    expect(splitOwners("未指定")).toEqual({ owners: [], unassigned: true });
    expect(parse({ 责任科室: "未指定" }).row).toMatchObject({ owners: [], unassigned: true });
  });
  it("reads the window from the plan's wording when the months are empty", () => {
    expect(parse({ 开始月: "", 结束月: "", 时间原文: "11月前完成" }).row).toMatchObject({ startMonth: 1, endMonth: 10 });
    expect(parse({ 开始月: "", 结束月: "", 时间原文: "" }).row).toMatchObject({ startMonth: null, endMonth: null });
  });
  it("accepts thousands separators and full-width digits", () => {
    expect(parse({ 类型: "金额", 单位: "万元", 目标值: "3,800", 领域分值: "２００" }).row).toMatchObject({
      targetValue: 3800,
      areaPoints: 200,
    });
  });
  it("reports every problem of a row, each with its column", () => {
    const { row, problems } = parse({ 领域类别: "其他", 类型: "数目", 开始月: "13", 责任科室: "", 指标名称: "" }, 7);
    expect(row).toBeNull();
    expect(problems).toEqual([
      { row: 7, column: "领域类别", message: "领域类别「其他」无效，应为 工作业绩 / 科技投入与保障" },
      { row: 7, column: "指标名称", message: "请填写指标名称" },
      { row: 7, column: "类型", message: "类型「数目」无效，应为 增幅 / 数量 / 金额 / 里程碑 / 年末申报" },
      { row: 7, column: "开始月", message: "开始月应为 1–12 的整数" },
      { row: 7, column: "责任科室", message: "请填写责任科室；计划未指定时填“未指定”" },
    ]);
  });
  it("checks a row's value against its kind and its months against each other", () => {
    expect(parse({ 目标值: "" }).problems).toEqual([{ row: 2, column: "目标值", message: "请填写目标值" }]);
    expect(parse({ 目标值: "四" }).problems[0].message).toBe("目标值应为数字，而不是「四」");
    expect(parse({ 类型: "里程碑" }).problems[0]).toMatchObject({ column: "目标值", message: "里程碑和年末申报类指标不填目标值" });
    expect(parse({ 开始月: "10", 结束月: "3" }).problems).toEqual([
      { row: 2, column: "结束月", message: "开始月（10月）不能晚于结束月（3月）" },
    ]);
    expect(parse({ 结束月: "" }).problems[0]).toMatchObject({ column: "结束月", message: "开始月和结束月须同时填写，或同时留空" });
  });
  it("takes back the quote a CSV export puts before text that looks like a formula", () => {
    expect(parse({ 备注: "'=见附件" }).row?.remarks).toBe("=见附件");
  });
});

describe("readTemplate (the dry run)", () => {
  it("groups rows into areas in order of first appearance and checks nothing is wrong", () => {
    const plan = readTemplate(
      rows(
        cells(),
        cells({ 指标编号: "二.(一).3.(2)", 指标名称: "科技创新带头人", 单位: "名", 目标值: "5" }),
        cells({
          领域编号: "二.(二)",
          领域名称: "科技投入与保障",
          领域类别: "科技投入与保障",
          领域分值: "200",
          指标编号: "二.(二).2",
          类型: "金额",
          单位: "万元",
          目标值: "3800",
          开始月: "",
          结束月: "",
          时间原文: "",
          责任科室: "未指定",
        }),
      ),
      SECTIONS,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.areas.map((a) => [a.code, a.targets.map((t) => t.row)])).toEqual([
      ["二.(一).3", [2, 3]],
      ["二.(二)", [4]],
    ]);
  });
  it("lists the problems of two bad rows, each with its row number, and skips blank rows", () => {
    const plan = readTemplate(
      rows(cells(), ["", "", ""], cells({ 指标编号: "X.2", 开始月: "9", 结束月: "2" }), cells({ 指标编号: "X.3", 责任科室: "办公室" })),
      SECTIONS,
    );
    expect(plan.rowCount).toBe(3);
    expect(plan.problems).toEqual([
      { row: 4, column: "结束月", message: "开始月（9月）不能晚于结束月（2月）" },
      { row: 5, column: "责任科室", message: "责任科室「办公室」不是本单位的科室（本单位科室：高新办、农社科、计划科、成果科）" },
    ]);
  });
  it("reports repeated codes on each row and points that do not add up with the area's rows", () => {
    const plan = readTemplate(rows(cells({ 分值: "60" }), cells({ 分值: "30" })), SECTIONS);
    expect(plan.problems).toEqual([
      { row: 2, column: "指标编号", message: "指标编号「二.(一).3.(3)」重复（另见第 3 行）" },
      { row: 2, column: "分值", message: "领域「创新能力建设」各指标分值之和为 90 分，应等于领域分值 100 分（第 2 行、第 3 行）" },
      { row: 3, column: "指标编号", message: "指标编号「二.(一).3.(3)」重复（另见第 2 行）" },
    ]);
  });
  it("wants the rows of one area to agree on the area", () => {
    const plan = readTemplate(rows(cells(), cells({ 指标编号: "X.2", 领域分值: "90" })), SECTIONS);
    expect(plan.problems).toEqual([{ row: 3, column: "领域分值", message: "同一领域「二.(一).3」的领域分值应与第 2 行一致" }]);
  });
  it("refuses an empty file or one without target rows", () => {
    expect(readTemplate([], SECTIONS).problems[0].message).toMatch(/空/);
    expect(readTemplate(rows(), SECTIONS).problems[0].message).toBe("文件中没有指标行");
  });
});

describe("parseCsv", () => {
  it("reads UTF-8 with a byte-order mark, CRLF, quoted commas, doubled quotes and line breaks", () => {
    const text = '\uFEFF领域编号,计划原文\r\n二.(一).1,"预计高企数量增长, ""10%""以上"\r\n二.(一).2,"第一行\n第二行"\r\n';
    expect(parseCsv(text)).toEqual([
      { rowNumber: 1, cells: ["领域编号", "计划原文"] },
      { rowNumber: 2, cells: ["二.(一).1", '预计高企数量增长, "10%"以上'] },
      { rowNumber: 3, cells: ["二.(一).2", "第一行\n第二行"] },
    ]);
  });
  it("reads LF files without a final line break and keeps empty fields", () => {
    expect(parseCsv("a,,c\nd,e,")).toEqual([
      { rowNumber: 1, cells: ["a", "", "c"] },
      { rowNumber: 2, cells: ["d", "e", ""] },
    ]);
  });
});
