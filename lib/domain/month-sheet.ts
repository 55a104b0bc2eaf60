import { lastDayOfMonthIso, toDate } from "./dates";
import { isBlankRow, normalizeHeader, parseCellNumber, type SheetProblem, type SheetRow } from "./sheet-cells";
import type { IsoDate, TargetKind } from "./types";
import { msg, msgList } from "../i18n/message-text";

/**
 * 本月填报表: a section's targets as one Excel sheet, filled in Excel or WPS and uploaded. This file holds the
 * sheet's columns and the rules for reading it back, cell by cell: where the header is, which rows carry a new
 * figure, and each filled row as a typed figure or its problems (row number and column named; catalogue messages,
 * put into words in the reader's language, the columns named by the sheet's Chinese headers).
 * Whether the figure is acceptable for its target (kind, bounds, plan year, lock, version, 10× confirmation)
 * is decided by the same service a typed report goes through (lib/server/progress); nothing here knows the
 * database.
 */

export type MonthSheetKey =
  | "code"
  | "title"
  | "kind"
  | "target"
  | "measureUnit"
  | "lastValue"
  | "lastDate"
  | "value"
  | "unit"
  | "reportedFor"
  | "note"
  | "link"
  | "confirm"
  | "remark"
  | "version";

export interface MonthSheetColumn {
  key: MonthSheetKey;
  header: string;
  /** filled in by the section head; the other columns are what the sheet was downloaded with */
  input: boolean;
  /** the import cannot read the sheet without it */
  required: boolean;
  /** Excel column width in characters */
  width: number;
  /** for the sheet's 填写说明 */
  help: string;
}

/** More than 10× the target needs this word in 确认 (lib/validation/progress.ts SANE_MULTIPLE). */
export const CONFIRM_WORD = "是";

export const MONTH_SHEET_COLUMNS: readonly MonthSheetColumn[] = [
  { key: "code", header: "指标编号", input: false, required: true, width: 15, help: "系统填写，不要改动" },
  { key: "title", header: "指标名称", input: false, required: false, width: 26, help: "系统填写" },
  { key: "kind", header: "类型", input: false, required: false, width: 8, help: "增幅 / 数量 / 金额 / 里程碑 / 年末申报" },
  { key: "target", header: "目标", input: false, required: false, width: 16, help: "计划书的目标" },
  { key: "measureUnit", header: "计量单位", input: false, required: false, width: 8, help: "完成值的单位" },
  { key: "lastValue", header: "上次填报值", input: false, required: false, width: 11, help: "下载时本月月末前最近一次的累计值" },
  { key: "lastDate", header: "上次填报日期", input: false, required: false, width: 12, help: "上次填报值的报送日期" },
  {
    key: "value",
    header: "本月完成值（累计）",
    input: true,
    required: true,
    width: 14,
    help: "截至报送日期的累计值；留空的行不导入。里程碑、年末申报填 1（已完成）或 0（未完成）；数量类指标请在系统中逐项登记，本表不能填写",
  },
  {
    key: "unit",
    header: "填报单位",
    input: true,
    required: false,
    width: 9,
    help: "仅金额类：完成值按 万元 或 亿元 填写时注明，系统换算为计量单位；留空即按计量单位",
  },
  {
    key: "reportedFor",
    header: "报送日期",
    input: true,
    required: false,
    width: 12,
    help: "YYYY-MM-DD；已预填本月月末（本月未过完时为下载当天），留空同预填值；须在计划年度内且不晚于今天",
  },
  { key: "note", header: "情况说明", input: true, required: false, width: 32, help: "可空，至多 2000 字" },
  {
    key: "link",
    header: "佐证链接",
    input: true,
    required: false,
    width: 30,
    help: "可空；以 http:// 或 https:// 开头的网址，至多 2000 字",
  },
  {
    key: "confirm",
    header: "确认（超过目标10倍）",
    input: true,
    required: false,
    width: 11,
    help: `完成值超过目标值 10 倍时须填“${CONFIRM_WORD}”（确认单位无误），否则该行不能导入`,
  },
  { key: "remark", header: "填写提示", input: false, required: false, width: 30, help: "系统填写" },
  {
    key: "version",
    header: "版本号",
    input: false,
    required: true,
    width: 8,
    help: "系统填写，不要改动：下载后该指标有人更新时，导入会提示",
  },
];

export const MONTH_SHEET_HEADER = Object.fromEntries(MONTH_SHEET_COLUMNS.map((c) => [c.key, c.header])) as Record<MonthSheetKey, string>;

/** The 填写说明 sheet's row that says which month the sheet is for. */
export const SHEET_MONTH_LABEL = "填报月份";

/** More rows than any section has targets: a larger sheet is not this app's. */
export const MAX_MONTH_SHEET_ROWS = 500;

const BY_HEADER = new Map(MONTH_SHEET_COLUMNS.map((c) => [normalizeHeader(c.header), c.key]));
/** the header is looked for in the first rows only (a title or a blank row above it is fine) */
const HEADER_SEARCH_ROWS = 10;

/** "2013-09" → { year: 2013, month: 9 }; null when it is no month of 2000–2100. */
export function parseSheetMonth(text: string): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month] = [Number(m[1]), Number(m[2])];
  return year >= 2000 && year <= 2100 && month >= 1 && month <= 12 ? { year, month } : null;
}

export const sheetMonthText = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;

/**
 * The 报送日期 a row without one is reported for: the month's last day, or today while the month is still
 * running. null for a month that has not begun (nothing can be reported for it yet).
 */
export function defaultReportDate(year: number, month: number, today: IsoDate): IsoDate | null {
  const last = lastDayOfMonthIso(year, month);
  if (last <= today) return last;
  return `${sheetMonthText(year, month)}-01` <= today ? today : null;
}

/** The last month of `year` that has begun by `today` (0 before the year, 12 after it): the sheets one may fill. */
export function lastBegunMonth(year: number, today: IsoDate): number {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return y < year ? 0 : y > year ? 12 : m;
}

export interface MonthSheetLine {
  row: number;
  /** each column's text, trimmed ("" for a column the sheet lacks) */
  cells: Record<MonthSheetKey, string>;
}

export interface MonthSheetRead {
  lines: MonthSheetLine[];
  problems: SheetProblem[];
}

/** A column as a problem names it: its Chinese header as the sheet has it (quoted in English). */
export const sheetColumn = (key: MonthSheetKey) => msg("sheet.column", { name: MONTH_SHEET_HEADER[key] });

const problem = (row: number | null, column: MonthSheetKey | null, message: string): SheetProblem => ({
  row,
  column: column ? MONTH_SHEET_HEADER[column] : null,
  message,
});

/**
 * The header row (the first of the first 10 non-empty rows naming both 指标编号 and 本月完成值) and the rows
 * below it. Empty rows, and rows with neither a code nor a new figure (a note typed under the table), are
 * left out; a required column missing, or more than MAX_MONTH_SHEET_ROWS rows, is a problem of the file.
 */
export function readMonthSheet(rows: readonly SheetRow[]): MonthSheetRead {
  const filled = rows.filter((r) => !isBlankRow(r));
  const at = filled.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => {
    const names = new Set(r.cells.map(normalizeHeader));
    return names.has(normalizeHeader(MONTH_SHEET_HEADER.code)) && names.has(normalizeHeader(MONTH_SHEET_HEADER.value));
  });
  if (at < 0) {
    return {
      lines: [],
      problems: [problem(null, null, msg("monthSheet.noHeader", { code: sheetColumn("code"), value: sheetColumn("value") }))],
    };
  }
  const header = filled[at];
  const index = new Map<MonthSheetKey, number>();
  header.cells.forEach((cell, i) => {
    const key = BY_HEADER.get(normalizeHeader(cell));
    if (key && !index.has(key)) index.set(key, i);
  });
  const missing = MONTH_SHEET_COLUMNS.filter((c) => c.required && !index.has(c.key));
  if (missing.length > 0) {
    return {
      lines: [],
      problems: [
        problem(
          header.rowNumber,
          null,
          msg("monthSheet.missingColumns", {
            columns: msgList(
              missing.map((c) => sheetColumn(c.key)),
              "enumeration",
            ),
          }),
        ),
      ],
    };
  }
  const data = filled.slice(at + 1);
  if (data.length > MAX_MONTH_SHEET_ROWS) {
    return { lines: [], problems: [problem(null, null, msg("monthSheet.tooManyRows", { count: data.length, max: MAX_MONTH_SHEET_ROWS }))] };
  }
  const lines = data
    .map((r) => ({
      row: r.rowNumber,
      cells: Object.fromEntries(
        MONTH_SHEET_COLUMNS.map((c) => {
          const i = index.get(c.key);
          return [c.key, i === undefined ? "" : (r.cells[i] ?? "").trim()];
        }),
      ) as Record<MonthSheetKey, string>,
    }))
    .filter((l) => l.cells.code !== "" || l.cells.value !== "");
  return { lines, problems: [] };
}

/** The 填写说明 sheet's 填报月份 ("2013-09"), or null when the sheet has none. */
export function readSheetMonth(rows: readonly SheetRow[]): string | null {
  const row = rows.find((r) => normalizeHeader(r.cells[0] ?? "") === SHEET_MONTH_LABEL);
  const text = row?.cells[1]?.trim();
  return text ? text : null;
}

/** A filled row as the report it asks for, before the target's own rules (the service's) are applied. */
export interface TypedFigure {
  value: number;
  /** the unit the figure is typed in; null: the target's unit */
  unit: string | null;
  reportedFor: IsoDate;
  note: string | null;
  link: string | null;
  confirmLarge: boolean;
  /** the target's version when the sheet was downloaded */
  expectedVersion: number;
}

/** What the form's milestone choice says, in words a person types into a cell. */
const MILESTONE_WORDS: Record<string, number> = { 已完成: 1, 完成: 1, 是: 1, 未完成: 0, 否: 0 };
const YES = new Set([CONFIRM_WORD, "确认", "Y", "YES", "√", "✓", "✔", "1", "TRUE"]);
const NO = new Set(["", "否", "N", "NO", "0", "FALSE"]);

/** Excel's day number (1900 date system: 25569 is 1970-01-01) of 2000–2100, as a date; else "invalid". */
export function excelSerialDate(serial: number): IsoDate | "invalid" {
  if (!Number.isInteger(serial) || serial < 36526 || serial > 73415) return "invalid";
  return new Date((serial - 25569) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A date as people type it into a cell: 2013-09-30, 2013/9/30, 2013.9.30, 2013年9月30日 (an Excel date cell
 * reads as 2013-09-30; a date pasted as a bare day number, 41547, is read as Excel's). "invalid" for anything else, and
 * for days no calendar has (2013-02-30).
 */
export function parseCellDate(raw: string): IsoDate | "invalid" {
  const text = raw.trim();
  if (/^\d{5}$/.test(text)) return excelSerialDate(Number(text));
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!m) return "invalid";
  const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  try {
    toDate(iso);
    return iso;
  } catch {
    return "invalid";
  }
}

/**
 * One row → the figure it reports, or its problems; `figure: null` without problems when the new figure is
 * empty (the row is skipped, whatever else it holds). `defaultDate` is the 报送日期 of a row that leaves it
 * empty (defaultReportDate).
 */
export function readFigure(
  line: MonthSheetLine,
  kind: TargetKind,
  defaultDate: IsoDate,
): { figure: TypedFigure | null; problems: SheetProblem[] } {
  const c = line.cells;
  if (c.value === "") return { figure: null, problems: [] };
  const problems: SheetProblem[] = [];
  const allOrNothing = kind === "MILESTONE" || kind === "DECLARATION";
  const word = allOrNothing ? MILESTONE_WORDS[c.value.replace(/\s+/g, "")] : undefined;
  const number = word ?? parseCellNumber(c.value);
  if (number === "invalid" || number === null) {
    problems.push(
      problem(
        line.row,
        "value",
        allOrNothing
          ? msg("monthSheet.valueMilestone", { value: c.value })
          : msg("sheet.notNumber", { what: msg("field.value"), value: c.value }),
      ),
    );
  }
  const date = c.reportedFor === "" ? defaultDate : parseCellDate(c.reportedFor);
  if (date === "invalid") problems.push(problem(line.row, "reportedFor", msg("monthSheet.dateInvalid", { value: c.reportedFor })));
  const confirm = c.confirm.replace(/\s+/g, "").toUpperCase();
  if (!YES.has(confirm) && !NO.has(confirm)) {
    problems.push(problem(line.row, "confirm", msg("monthSheet.confirmWord", { word: CONFIRM_WORD, value: c.confirm })));
  }
  const version = parseCellNumber(c.version);
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    problems.push(problem(line.row, "version", msg("monthSheet.versionBroken")));
  }
  if (problems.length > 0 || typeof number !== "number" || date === "invalid" || typeof version !== "number")
    return { figure: null, problems };
  return {
    figure: {
      value: number,
      unit: c.unit === "" ? null : c.unit,
      reportedFor: date,
      note: c.note === "" ? null : c.note,
      link: c.link === "" ? null : c.link,
      confirmLarge: YES.has(confirm),
      expectedVersion: version,
    },
    problems: [],
  };
}

/** Rows naming the same target twice: each later one is a problem (one report per target per sheet). */
export function duplicateCodes(lines: readonly MonthSheetLine[]): SheetProblem[] {
  const first = new Map<string, number>();
  const out: SheetProblem[] = [];
  for (const l of lines) {
    if (l.cells.code === "" || l.cells.value === "") continue;
    const seen = first.get(l.cells.code);
    if (seen === undefined) first.set(l.cells.code, l.row);
    else out.push(problem(l.row, "code", msg("monthSheet.codeTwice", { code: l.cells.code, row: seen })));
  }
  return out;
}
