// The 本月填报表's pure rules (lib/domain/month-sheet.ts): where the header is, which rows are read, and each
// filled row → the figure it reports or its problems, with the row number and column named.
import { describe, expect, it } from "vitest";
import * as sheet from "../../lib/domain/month-sheet";
import {
  defaultReportDate,
  lastBegunMonth,
  MONTH_SHEET_COLUMNS,
  MONTH_SHEET_HEADER,
  parseCellDate,
  parseSheetMonth,
  readSheetMonth,
  type MonthSheetKey,
  type MonthSheetLine,
} from "../../lib/domain/month-sheet";
import { parseCellNumber, type SheetRow } from "../../lib/domain/sheet-cells";
import { zh } from "../factories/zh-text";

// problems are catalogue messages; these tests read them in Chinese
const readMonthSheet = (...a: Parameters<typeof sheet.readMonthSheet>) => zh(sheet.readMonthSheet(...a));
const readFigure = (...a: Parameters<typeof sheet.readFigure>) => zh(sheet.readFigure(...a));
const duplicateCodes = (...a: Parameters<typeof sheet.duplicateCodes>) => zh(sheet.duplicateCodes(...a));

const HEADER = MONTH_SHEET_COLUMNS.map((c) => c.header);
const col = (key: MonthSheetKey) => MONTH_SHEET_COLUMNS.findIndex((c) => c.key === key);

/** A data row with the given cells (the rest empty), as the sheet's row `rowNumber`. */
function dataRow(rowNumber: number, cells: Partial<Record<MonthSheetKey, string>>): SheetRow {
  const out = HEADER.map(() => "");
  for (const [k, v] of Object.entries(cells)) out[col(k as MonthSheetKey)] = v;
  return { rowNumber, cells: out };
}

function line(cells: Partial<Record<MonthSheetKey, string>>, row = 2): MonthSheetLine {
  const all = Object.fromEntries(MONTH_SHEET_COLUMNS.map((c) => [c.key, ""])) as Record<MonthSheetKey, string>;
  return { row, cells: { ...all, ...cells } };
}

describe("parseCellNumber", () => {
  it("reads what people type into a cell, and nothing else", () => {
    expect(parseCellNumber("131")).toBe(131);
    expect(parseCellNumber(" 1,234.5 ")).toBe(1234.5);
    expect(parseCellNumber("１２３．５")).toBe(123.5);
    expect(parseCellNumber("1e3")).toBe(1000);
    expect(parseCellNumber("")).toBeNull();
    expect(parseCellNumber("abc")).toBe("invalid");
    expect(parseCellNumber("0x10")).toBe("invalid");
    expect(parseCellNumber("Infinity")).toBe("invalid");
    expect(parseCellNumber("1e999")).toBe("invalid");
  });
});

describe("parseCellDate", () => {
  it("reads the ways a date is typed, and refuses days no calendar has", () => {
    expect(parseCellDate("2013-09-30")).toBe("2013-09-30");
    expect(parseCellDate("2013/9/3")).toBe("2013-09-03");
    expect(parseCellDate("2013.10.1")).toBe("2013-10-01");
    expect(parseCellDate("2013年9月30日")).toBe("2013-09-30");
    expect(parseCellDate("2013-02-29")).toBe("invalid");
    expect(parseCellDate("2012-02-29")).toBe("2012-02-29");
    expect(parseCellDate("9月30日")).toBe("invalid");
    expect(parseCellDate("yesterday")).toBe("invalid");
    // a date pasted as Excel's bare day number (1900 system), within 2000–2100
    expect(parseCellDate("41547")).toBe("2013-09-30");
    expect(parseCellDate("36526")).toBe("2000-01-01");
    expect(parseCellDate("73415")).toBe("2100-12-31");
    expect(parseCellDate("36525")).toBe("invalid");
    expect(parseCellDate("73416")).toBe("invalid");
  });
});

describe("months", () => {
  it("parses YYYY-MM within 2000–2100", () => {
    expect(parseSheetMonth("2013-09")).toEqual({ year: 2013, month: 9 });
    expect(parseSheetMonth("2013-13")).toBeNull();
    expect(parseSheetMonth("2013-9")).toBeNull();
    expect(parseSheetMonth("1999-12")).toBeNull();
    expect(parseSheetMonth("2101-01")).toBeNull();
  });

  it("defaults the 报送日期 to the month's last day, or today while the month runs, and to nothing before it starts", () => {
    expect(defaultReportDate(2013, 9, "2026-12-02")).toBe("2013-09-30");
    expect(defaultReportDate(2012, 2, "2026-12-02")).toBe("2012-02-29");
    // the last day itself: the month is over
    expect(defaultReportDate(2013, 9, "2013-09-30")).toBe("2013-09-30");
    expect(defaultReportDate(2013, 9, "2013-09-12")).toBe("2013-09-12");
    expect(defaultReportDate(2013, 9, "2013-09-01")).toBe("2013-09-01");
    expect(defaultReportDate(2013, 9, "2013-08-31")).toBeNull();
  });

  it("offers the months that have begun", () => {
    expect(lastBegunMonth(2013, "2026-12-02")).toBe(12);
    expect(lastBegunMonth(2013, "2013-09-01")).toBe(9);
    expect(lastBegunMonth(2013, "2012-12-31")).toBe(0);
  });
});

describe("readMonthSheet", () => {
  it("finds the header under a title row and reads the rows below it, skipping empty ones and notes without a code", () => {
    const rows: SheetRow[] = [
      { rowNumber: 1, cells: ["计划科 2013年9月填报表"] },
      { rowNumber: 2, cells: HEADER },
      dataRow(3, { code: "二.(一).3.(1)", value: "1" }),
      { rowNumber: 4, cells: HEADER.map(() => " ") },
      dataRow(5, { code: "二.(一).3.(3)" }),
      dataRow(6, { note: "表尾备注：无" }),
    ];
    const read = readMonthSheet(rows);
    expect(read.problems).toEqual([]);
    expect(read.lines.map((l) => [l.row, l.cells.code, l.cells.value])).toEqual([
      [3, "二.(一).3.(1)", "1"],
      [5, "二.(一).3.(3)", ""],
    ]);
  });

  it("reads columns by their names, in any order, and a header with a note in brackets", () => {
    const header = ["版本号", "本月完成值", "指标编号（勿改）", "报送日期"];
    const read = readMonthSheet([
      { rowNumber: 1, cells: header },
      { rowNumber: 2, cells: ["3", "131", "二.(一).1.(1)", "2013-10-31"] },
    ]);
    expect(read.problems).toEqual([]);
    expect(read.lines[0].cells).toMatchObject({ code: "二.(一).1.(1)", value: "131", version: "3", reportedFor: "2013-10-31", note: "" });
  });

  it("names a sheet without a header, and a missing required column", () => {
    expect(readMonthSheet([{ rowNumber: 1, cells: ["领域编号", "指标编号"] }]).problems[0]).toMatchObject({
      row: null,
      message: expect.stringContaining("未找到表头"),
    });
    const noVersion = readMonthSheet([{ rowNumber: 1, cells: ["指标编号", "本月完成值"] }]);
    expect(noVersion.problems).toEqual([{ row: 1, column: null, message: expect.stringContaining("表头缺少列：版本号") }]);
  });

  it("refuses more than 500 rows", () => {
    const rows = [{ rowNumber: 1, cells: HEADER }, ...Array.from({ length: 501 }, (_, i) => dataRow(i + 2, { code: `c${i}` }))];
    expect(readMonthSheet(rows).problems[0].message).toContain("至多 500 行");
  });
});

describe("readSheetMonth", () => {
  it("reads 填报月份 from the notes sheet", () => {
    expect(readSheetMonth([{ rowNumber: 2, cells: ["填报月份", "2013-09"] }])).toBe("2013-09");
    expect(readSheetMonth([{ rowNumber: 2, cells: ["科室", "计划科"] }])).toBeNull();
  });
});

describe("readFigure", () => {
  const DEFAULT = "2013-09-30";

  it("skips a row whose new figure is empty, whatever else it holds", () => {
    expect(readFigure(line({ code: "x", note: "说明", confirm: "乱填", version: "" }), "AMOUNT", DEFAULT)).toEqual({
      figure: null,
      problems: [],
    });
  });

  it("types a filled row: number, unit, the default date, note, link, confirmation, version", () => {
    const r = readFigure(
      line({ value: "1,350.5", unit: "万元", note: "第三季度拨付", link: "https://kjj.yiyang.gov.cn/a", confirm: "是", version: "4" }),
      "AMOUNT",
      DEFAULT,
    );
    expect(r).toEqual({
      figure: {
        value: 1350.5,
        unit: "万元",
        reportedFor: "2013-09-30",
        note: "第三季度拨付",
        link: "https://kjj.yiyang.gov.cn/a",
        confirmLarge: true,
        expectedVersion: 4,
      },
      problems: [],
    });
  });

  it("keeps a typed date and reads a milestone's words as 1 / 0", () => {
    expect(readFigure(line({ value: "已完成", reportedFor: "2013/8/20", version: "1" }), "MILESTONE", DEFAULT).figure).toMatchObject({
      value: 1,
      reportedFor: "2013-08-20",
      confirmLarge: false,
    });
    expect(readFigure(line({ value: "未完成", version: "1" }), "DECLARATION", DEFAULT).figure?.value).toBe(0);
    // a word is no number for other kinds
    expect(readFigure(line({ value: "已完成", version: "1" }), "AMOUNT", DEFAULT).problems[0].message).toBe(
      "完成值应为数字，而不是「已完成」",
    );
  });

  it("lists every problem of the row with its column", () => {
    const r = readFigure(line({ value: "abc", reportedFor: "2013-02-30", confirm: "可能", version: "x" }, 5), "GROWTH_PCT", DEFAULT);
    expect(r.figure).toBeNull();
    expect(r.problems).toEqual([
      { row: 5, column: MONTH_SHEET_HEADER.value, message: "完成值应为数字，而不是「abc」" },
      { row: 5, column: MONTH_SHEET_HEADER.reportedFor, message: expect.stringContaining("不是有效的日期") },
      { row: 5, column: MONTH_SHEET_HEADER.confirm, message: expect.stringContaining("确认列只能填“是”") },
      { row: 5, column: MONTH_SHEET_HEADER.version, message: expect.stringContaining("版本号缺失或被改动") },
    ]);
  });

  it("wants a whole, non-negative version", () => {
    for (const version of ["", "-1", "1.5"]) {
      expect(readFigure(line({ value: "1", version }), "AMOUNT", DEFAULT).problems.map((p) => p.column)).toEqual([
        MONTH_SHEET_HEADER.version,
      ]);
    }
    expect(readFigure(line({ value: "1", version: "0" }), "AMOUNT", DEFAULT).figure?.expectedVersion).toBe(0);
  });

  it("leaves range, sign and kind rules to the service: a negative figure or a count's figure is typed as written", () => {
    expect(readFigure(line({ value: "-3", version: "1" }), "AMOUNT", DEFAULT).figure?.value).toBe(-3);
    expect(readFigure(line({ value: "3", version: "1" }), "COUNT", DEFAULT).figure?.value).toBe(3);
  });
});

describe("duplicateCodes", () => {
  it("names each later row reporting a target again, not rows left empty", () => {
    const lines = [line({ code: "A", value: "1" }, 3), line({ code: "A", value: "" }, 4), line({ code: "A", value: "2" }, 6)];
    expect(duplicateCodes(lines)).toEqual([
      { row: 6, column: "指标编号", message: "指标「A」在第 3 行已填写，同一指标每张表只能填报一次" },
    ]);
  });
});
