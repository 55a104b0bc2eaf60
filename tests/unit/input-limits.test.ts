// #11 (numbers, text and dates): what the forms and the operations refuse — absurd figures and target values,
// over-long text, control characters, far-off dates — with Chinese messages naming the field and the limit.
import { describe, expect, it } from "vitest";
import { measureProblems } from "../../lib/domain/plan-validation";
import { countItemDetailFields, countItemSchema } from "../../lib/validation/count-item";
import { evidenceLink, refuseLink } from "../../lib/validation/evidence";
import { areaFieldsSchema, numberOrNull, targetFieldsSchema, emptyTarget } from "../../lib/validation/plan-edit";
import { parseTemplateRow, readHeader, TEMPLATE_COLUMNS } from "../../lib/validation/plan-template";
import { calendarDate, isoDate, text } from "../../lib/validation/primitives";
import { progressInputSchema } from "../../lib/validation/progress";
import { closeRectificationSchema, commentInputSchema, rectificationInputSchema, reopenReasonSchema } from "../../lib/validation/review";
import { adjustScoreSchema, pointsOverrideSchema, scoreFloorSchema, selfScoreSchema } from "../../lib/validation/score";
import { z } from "zod";
import { zh } from "../factories/zh-text";

const messages = (r: { success: boolean; error?: z.ZodError }) => (r.success ? [] : r.error!.issues.map((i) => i.message));
const NUL = "\u0000";

describe("figures (完成值)", () => {
  const report = (kind: "AMOUNT" | "COUNT" | "GROWTH_PCT", measureUnit: string, value: number, targetValue = 4.3) =>
    progressInputSchema({ kind, planYear: 2013, targetValue, measureUnit, today: "2013-12-31" }).safeParse({
      value,
      reportedFor: "2013-06-30",
      confirmLarge: true,
    });

  it("refuses 1e20 亿元 (99999999999999999999 as a double) even when the size was confirmed, naming the field and the range", () => {
    expect(zh(messages(report("AMOUNT", "亿元", 1e20)))).toEqual(["完成值应在 0 到 10,000 亿元 之间"]);
  });

  it("holds each money unit to 1 万亿元 and counts to 1,000,000", () => {
    expect(report("AMOUNT", "亿元", 10_000).success).toBe(true);
    expect(report("AMOUNT", "亿元", 10_000.01).success).toBe(false);
    expect(report("AMOUNT", "万元", 100_000_000, 1100).success).toBe(true);
    expect(zh(messages(report("AMOUNT", "万元", 100_000_001, 1100)))).toEqual(["完成值应在 0 到 100,000,000 万元 之间"]);
    expect(report("COUNT", "家", 1_000_000, 4).success).toBe(true);
    expect(zh(messages(report("COUNT", "家", 1_000_001, 4)))).toEqual(["完成值应在 0 到 1,000,000 家 之间"]);
  });

  it("holds a growth target's figure to its unit: money as money, other units to 1,000,000,000", () => {
    expect(report("GROWTH_PCT", "亿元", 10_001, 20).success).toBe(false);
    expect(report("GROWTH_PCT", "家", 1_000_000_000, 10).success).toBe(true);
    expect(report("GROWTH_PCT", "家", 1_000_000_001, 10).success).toBe(false);
  });

  it("keeps the earlier messages for a negative figure and the confirmation of a large one", () => {
    expect(zh(messages(report("AMOUNT", "亿元", -1)))).toEqual(["完成值不能为负数"]);
    const unconfirmed = progressInputSchema({
      kind: "AMOUNT",
      planYear: 2013,
      targetValue: 4.3,
      measureUnit: "亿元",
      today: "2013-12-31",
    }).safeParse({
      value: 50,
      reportedFor: "2013-06-30",
    });
    expect(zh(messages(unconfirmed)[0])).toMatch(/超过目标值的 10 倍/);
  });

  it("refuses a note with NUL or other control characters, and keeps line breaks and tabs", () => {
    const note = (n: string) =>
      progressInputSchema({ kind: "AMOUNT", planYear: 2013, targetValue: 4.3, measureUnit: "亿元", today: "2013-12-31" }).safeParse({
        value: 1,
        reportedFor: "2013-06-30",
        note: n,
      });
    expect(zh(messages(note(`已完成${NUL}`)))).toEqual(["情况说明不能包含控制字符"]);
    expect(zh(messages(note("第一行\u001b[31m")))).toEqual(["情况说明不能包含控制字符"]);
    expect(note("第一行\n第二行\r\n\t第三行").success).toBe(true);
    expect(zh(messages(note("x".repeat(2001))))).toEqual(["情况说明不能超过 2000 字"]);
  });
});

describe("target values and baselines (目标值, 基数)", () => {
  it("refuses a target value of 5e-324 and of 1e20 for an amount", () => {
    expect(zh(measureProblems({ kind: "AMOUNT", targetValue: 5e-324, baselineValue: null, measureUnit: "万元" }))).toEqual([
      { field: "targetValue", message: "目标值应在 0.0001 到 100,000,000 万元 之间" },
    ]);
    expect(zh(measureProblems({ kind: "AMOUNT", targetValue: 1e20, baselineValue: null, measureUnit: "亿元" }))).toEqual([
      { field: "targetValue", message: "目标值应在 0.0001 到 10,000 亿元 之间" },
    ]);
    expect(zh(measureProblems({ kind: "AMOUNT", targetValue: 267.9, baselineValue: null, measureUnit: "万元" }))).toEqual([]);
  });

  it("holds counts to whole 1 – 1,000,000 and growth to 0.01% – 1,000%", () => {
    expect(zh(measureProblems({ kind: "COUNT", targetValue: 1_000_001, baselineValue: null, measureUnit: "家" })[0].message)).toBe(
      "目标值应在 1 到 1,000,000 家 之间",
    );
    expect(zh(measureProblems({ kind: "COUNT", targetValue: 2.5, baselineValue: null })[0].message)).toBe("数量类指标的目标值应为整数");
    expect(zh(measureProblems({ kind: "GROWTH_PCT", targetValue: 5e-324, baselineValue: 120, measureUnit: "家" })[0].message)).toBe(
      "目标增幅应在 0.01% 到 1,000% 之间",
    );
    expect(zh(measureProblems({ kind: "GROWTH_PCT", targetValue: 1001, baselineValue: 120, measureUnit: "家" })[0].message)).toBe(
      "目标增幅应在 0.01% 到 1,000% 之间",
    );
    expect(zh(measureProblems({ kind: "GROWTH_PCT", targetValue: 10, baselineValue: 120, measureUnit: "家" }))).toEqual([]);
  });

  it("refuses a baseline a growth % would divide into Infinity", () => {
    expect(zh(measureProblems({ kind: "GROWTH_PCT", targetValue: 10, baselineValue: 5e-324, measureUnit: "家" }))).toEqual([
      { field: "baselineValue", message: "基数应在 0.0001 到 1,000,000,000 家 之间" },
    ]);
  });

  it("applies the ranges in the plan editor's schema, where the unit decides", () => {
    const target = (t: Partial<typeof emptyTarget>) =>
      targetFieldsSchema.safeParse({ ...emptyTarget, code: "1", title: "t", wording: "w", ownerIds: ["s"], ...t });
    expect(target({ kind: "AMOUNT", measureUnit: "万元", targetValue: 1100 }).success).toBe(true);
    expect(zh(messages(target({ kind: "AMOUNT", measureUnit: "亿元", targetValue: 1e20 })))).toContain("目标值不能超过 1,000,000,000,000");
    expect(zh(messages(target({ kind: "AMOUNT", measureUnit: "亿元", targetValue: 20_000 })))).toEqual([
      "目标值应在 0.0001 到 10,000 亿元 之间",
    ]);
  });

  it("reads only decimal numbers from a form field (not 0x10)", () => {
    expect(numberOrNull("0x10")).toBeNaN();
    expect(numberOrNull("Infinity")).toBeNaN();
    expect(numberOrNull("1,234.5")).toBe(1234.5);
    expect(numberOrNull("1e3")).toBe(1000);
    expect(numberOrNull(" ")).toBeNull();
  });
});

describe("points, scores, floors", () => {
  it("holds a target's points to 0–1000 and an area's to 0.01–1000", () => {
    expect(zh(messages(pointsOverrideSchema.safeParse(1001)))).toEqual(["分值不能超过 1000 分"]);
    expect(pointsOverrideSchema.safeParse(1000).success).toBe(true);
    expect(zh(messages(pointsOverrideSchema.safeParse(-1)))).toEqual(["分值不能为负数"]);
    const target = targetFieldsSchema.safeParse({
      ...emptyTarget,
      code: "1",
      title: "t",
      wording: "w",
      ownerIds: ["s"],
      kind: "MILESTONE",
      pointsOverride: 1e20,
    });
    expect(zh(messages(target))).toEqual(["分值应在 0 到 1,000 分 之间"]);
    const area = (points: number) => areaFieldsSchema.safeParse({ code: "一", name: "业务", category: "WORK", points });
    expect(zh(messages(area(1e20)))).toEqual(["领域分值应在 0.01 到 1,000 分 之间"]);
    expect(zh(messages(area(0)))).toEqual(["领域分值应为正数"]);
    expect(area(200).success).toBe(true);
  });

  it("keeps a floor within 0%–100%", () => {
    expect(zh(messages(scoreFloorSchema.safeParse(1.5)))).toEqual(["保底完成度应在 0% 到 100% 之间"]);
    expect(scoreFloorSchema.safeParse(0.6).success).toBe(true);
  });

  it("refuses control characters in reasons and justifications", () => {
    expect(zh(messages(adjustScoreSchema(20).safeParse({ adjustedScore: 10, reason: `复核${NUL}` })))).toEqual([
      "调整原因不能包含控制字符",
    ]);
    expect(zh(messages(selfScoreSchema(20).safeParse({ selfScore: 10, justification: `完成\u0007` })))).toEqual([
      "自评说明不能包含控制字符",
    ]);
    expect(adjustScoreSchema(20).safeParse({ adjustedScore: 10, reason: "第一条\n第二条" }).success).toBe(true);
  });
});

describe("text", () => {
  it("holds an evidence link to 2000 characters and its title to 200, without control characters", () => {
    const link = z.object(evidenceLink);
    const mb = "https://example.org/" + "a".repeat(1024 * 1024);
    expect(zh(messages(link.safeParse({ url: mb })))).toEqual(["链接不能超过 2000 字"]);
    expect(zh(messages(link.safeParse({ url: "https://example.org/", title: "标".repeat(1024 * 1024) })))).toEqual(["标题不能超过 200 字"]);
    expect(zh(messages(link.safeParse({ url: `https://example.org/${NUL}` })))).toEqual(["链接不能包含控制字符"]);
    expect(zh(messages(link.safeParse({ url: "https://example.org/", title: "批复\n文件" })))).toEqual(["标题不能包含控制字符"]);
    expect(link.safeParse({ url: "https://example.org/批复.pdf", title: "批复文件" }).success).toBe(true);
  });

  it("has the link check the services call refuse a 1 MB link and control characters too", () => {
    expect(zh(refuseLink("https://example.org/" + "a".repeat(1024 * 1024)))).toBe("链接不能超过 2000 字");
    expect(zh(refuseLink("https://example.org/\u0000"))).toBe("链接不能包含控制字符");
    expect(zh(refuseLink("https://example.org/a"))).toBeNull();
  });

  it("refuses control characters in a count item's name, 批准文号 and link; its description may run over lines", () => {
    const item = countItemSchema({ planYear: 2013, today: "2013-12-31", sectionIds: ["s"] });
    const base = { name: "益阳黑茶工程中心", date: "2013-06-30", sectionId: "s" };
    expect(zh(messages(item.safeParse({ ...base, name: `益阳${NUL}黑茶` })))).toEqual(["事项名称不能包含控制字符"]);
    expect(zh(messages(item.safeParse({ ...base, docNumber: "益科发〔2013〕\t1号" })))).toEqual(["批准文号不能包含控制字符"]);
    expect(zh(messages(item.safeParse({ ...base, name: "x".repeat(201) })))).toEqual(["事项名称不能超过 200 字"]);
    expect(item.safeParse({ ...base, description: "第一行\n第二行" }).success).toBe(true);
    expect(zh(messages(z.object(countItemDetailFields).safeParse({ link: `https://a.example/${NUL}` }))[0])).toBe("链接不能包含控制字符");
  });

  it("refuses control characters in review comments, notices, closing notes and reasons", () => {
    expect(zh(messages(commentInputSchema.safeParse({ body: `请加快${NUL}` })))).toEqual(["点评内容不能包含控制字符"]);
    expect(zh(messages(closeRectificationSchema.safeParse({ closingNote: "已整改\u000b" })))).toEqual(["整改情况说明不能包含控制字符"]);
    expect(zh(messages(reopenReasonSchema.safeParse("补充材料\u001f")))).toEqual(["原因不能包含控制字符"]);
    expect(commentInputSchema.safeParse({ body: "一、进度滞后\n二、请于月底前整改" }).success).toBe(true);
  });

  it("refuses control characters in a target's title and code; its wording may run over lines", () => {
    const target = (t: Partial<typeof emptyTarget>) =>
      targetFieldsSchema.safeParse({ ...emptyTarget, code: "1", title: "t", wording: "w", ownerIds: ["s"], kind: "MILESTONE", ...t });
    expect(zh(messages(target({ title: `平台${NUL}建设` })))).toEqual(["指标名称不能包含控制字符"]);
    expect(zh(messages(target({ code: "二.(一)\n3" })))).toEqual(["指标编号不能包含控制字符"]);
    expect(target({ wording: "推进平台建设；\n完成验收。" }).success).toBe(true);
  });

  it("words the generic text(max) messages without a field name, and still refuses control characters", () => {
    expect(zh(messages(text(5).safeParse("abcdef")))).toEqual(["不能超过 5 字"]);
    expect(zh(messages(text(5).safeParse("a\u0000b")))).toEqual(["不能包含控制字符"]);
  });
});

describe("template rows (计划导入)", () => {
  const HEADER = TEMPLATE_COLUMNS.map((c) => c.header);
  const index = readHeader({ rowNumber: 1, cells: HEADER }).index;
  const base: Record<string, string> = {
    领域编号: "二.(二)",
    领域名称: "科技投入与保障",
    领域类别: "科技投入与保障",
    领域分值: "200",
    指标编号: "二.(二).3",
    指标名称: "全社会研发投入",
    计划原文: "全社会研发投入(R&D)情况:预计4.3亿元",
    类型: "金额",
    单位: "亿元",
    目标值: "4.3",
    基数: "",
    开始月: "",
    结束月: "",
    时间原文: "",
    责任科室: "未指定",
    分值: "",
    备注: "",
  };
  const parse = (overrides: Record<string, string>) =>
    parseTemplateRow({ rowNumber: 2, cells: HEADER.map((h) => ({ ...base, ...overrides })[h]) }, index);

  it("reads the row as it is", () => {
    expect(parse({}).problems).toEqual([]);
  });

  it("refuses a target value of 1e20 亿元 or 5e-324, naming the column and the range", () => {
    expect(zh(parse({ 目标值: "99999999999999999999" }).problems)).toEqual([
      { row: 2, column: "目标值", message: "目标值应在 0.0001 到 10,000 亿元 之间" },
    ]);
    expect(zh(parse({ 目标值: "5e-324" }).problems)).toEqual([
      { row: 2, column: "目标值", message: "目标值应在 0.0001 到 10,000 亿元 之间" },
    ]);
  });

  it("does not read 0x10 or Infinity as numbers", () => {
    expect(zh(parse({ 目标值: "0x10" }).problems[0].message)).toBe("目标值应为数字，而不是「0x10」");
    expect(zh(parse({ 目标值: "Infinity" }).problems[0].message)).toBe("目标值应为数字，而不是「Infinity」");
  });

  it("holds points to 0–1000 and area points to 0.01–1000", () => {
    expect(zh(parse({ 分值: "1e20" }).problems.map((p) => p.message))).toContain("分值应在 0 到 1,000 分 之间");
    expect(zh(parse({ 领域分值: "1e20" }).problems.map((p) => p.message))).toContain("领域分值应在 0.01 到 1,000 分 之间");
  });

  it("refuses control characters in a cell; the wording and remarks may hold line breaks", () => {
    expect(zh(parse({ 指标名称: `研发${NUL}投入` }).problems)).toEqual([
      { row: 2, column: "指标名称", message: "指标名称不能包含控制字符" },
    ]);
    expect(parse({ 计划原文: "第一句；\n第二句。", 备注: "说明\n补充" }).problems).toEqual([]);
  });
});

describe("dates", () => {
  it("refuses a day no plan has (9999-12-31, 1900-01-01)", () => {
    expect(zh(messages(isoDate.safeParse("9999-12-31")))).toEqual(["日期应在 2000-01-01 到 2100-12-31 之间"]);
    expect(zh(messages(calendarDate("报送日期").safeParse("1900-01-01")))).toEqual(["报送日期应在 2000-01-01 到 2100-12-31 之间"]);
    expect(isoDate.safeParse("2013-06-30").success).toBe(true);
  });

  it("holds a rectification deadline to its issue day … a year after it, or the end of the year after the plan's", () => {
    // issued in the plan year: the end of the next year is the later bound
    const inYear = (deadline: string) =>
      rectificationInputSchema({ issuedOn: "2013-07-15", planYear: 2013 }).safeParse({ notice: "整改", deadline });
    expect(zh(messages(inYear("9999-12-31")))).toContain("整改期限应在 2000-01-01 到 2100-12-31 之间");
    expect(zh(messages(inYear("2015-01-01")))).toEqual(["整改期限不能晚于 2014-12-31"]);
    expect(zh(messages(inYear("2013-07-14")))).toEqual(["整改期限不能早于下发当天（2013-07-15）"]);
    expect(inYear("2013-07-15").success).toBe(true);
    expect(inYear("2014-12-31").success).toBe(true);
    // issued long after (a 2013 plan reviewed on 2026-12-02): 366 days after the issue day, 2027-12-03
    const late = (deadline: string) =>
      rectificationInputSchema({ issuedOn: "2026-12-02", planYear: 2013 }).safeParse({ notice: "整改", deadline });
    expect(zh(messages(late("2013-12-31")))).toEqual(["整改期限不能早于下发当天（2026-12-02）"]);
    expect(late("2027-12-03").success).toBe(true);
    expect(zh(messages(late("2027-12-04")))).toEqual(["整改期限不能晚于 2027-12-03"]);
  });

  it("keeps a report's day inside its plan year and not after today", () => {
    const day = (reportedFor: string) =>
      progressInputSchema({ kind: "AMOUNT", planYear: 2013, targetValue: 4.3, measureUnit: "亿元", today: "2013-12-31" }).safeParse({
        value: 1,
        reportedFor,
      });
    expect(zh(messages(day("2014-01-01")))).toEqual(["报送日期必须在计划年度 2013 年内", "报送日期不能晚于今天"]);
    expect(zh(messages(day("9999-12-31")))).toContain("报送日期应在 2000-01-01 到 2100-12-31 之间");
  });
});
