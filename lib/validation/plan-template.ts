import { z } from "./zod";
import { parseWindowText, type TargetKind } from "../domain";
import { measureProblems, UNASSIGNED, validatePlanDraft, type DraftArea } from "../domain/plan-validation";
import { AREA_POINTS_RANGE, POINTS_RANGE, rangeProblem, type ValueRange } from "../domain/value-ranges";
import { isBlankRow, normalizeHeader, parseCellNumber, type SheetProblem, type SheetRow } from "../domain/sheet-cells";
import { hasControlCharacters } from "./primitives";
import { monthMsg, msg, msgList } from "../i18n/message-text";
import { messages } from "../i18n/messages";

/**
 * The plan template (计划导入模板): one row per target, the area repeated on each of its rows. The app exports
 * any plan in this format (XLSX and CSV) and imports it back, so an export is also a filled-in example.
 * Everything here is pure: file reading lives in lib/server/plans/plan-sheet.ts.
 */

export type TemplateKey =
  | "areaCode"
  | "areaName"
  | "category"
  | "areaPoints"
  | "code"
  | "title"
  | "wording"
  | "kind"
  | "measureUnit"
  | "targetValue"
  | "baselineValue"
  | "startMonth"
  | "endMonth"
  | "windowText"
  | "owners"
  | "points"
  | "remarks";

export interface TemplateColumn {
  key: TemplateKey;
  header: string;
  required: boolean;
  /** what to write, for the template's 填写说明 sheet and the import page */
  help: string;
  /** Excel column width */
  width: number;
}

export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { key: "areaCode", header: "领域编号", required: true, help: "如 二.(一).1；同一领域的各行填写相同的编号、名称、类别和分值", width: 12 },
  { key: "areaName", header: "领域名称", required: true, help: "如 高新技术产业发展", width: 18 },
  { key: "category", header: "领域类别", required: true, help: "工作业绩 或 科技投入与保障", width: 14 },
  { key: "areaPoints", header: "领域分值", required: true, help: "该领域的总分，正数", width: 9 },
  { key: "code", header: "指标编号", required: true, help: "在计划内唯一，如 二.(一).1.(1)", width: 15 },
  { key: "title", header: "指标名称", required: true, help: "简短名称，用于表格和图表", width: 22 },
  { key: "wording", header: "计划原文", required: true, help: "计划书原文，照录", width: 40 },
  { key: "kind", header: "类型", required: true, help: "增幅 / 数量 / 金额 / 里程碑 / 年末申报", width: 9 },
  { key: "measureUnit", header: "单位", required: false, help: "家、项、个、万元、亿元 …（可空）", width: 7 },
  {
    key: "targetValue",
    header: "目标值",
    required: false,
    help: "数量、金额：应达到的数；增幅：要求的增幅（%）；里程碑、年末申报：留空",
    width: 9,
  },
  { key: "baselineValue", header: "基数", required: false, help: "仅增幅类：上年数（可空）", width: 9 },
  {
    key: "startMonth",
    header: "开始月",
    required: false,
    help: "1–12；与结束月同时留空时按“时间原文”识别（如 3-10月、11月前），仍无法识别则为未指定（按全年）",
    width: 7,
  },
  { key: "endMonth", header: "结束月", required: false, help: "1–12，不早于开始月", width: 7 },
  { key: "windowText", header: "时间原文", required: false, help: "计划书中的完成时间原文，如 3-10月完成（可空）", width: 16 },
  { key: "owners", header: "责任科室", required: true, help: `本单位科室名称，多个用“、”分隔；计划未指定时填“${UNASSIGNED}”`, width: 14 },
  {
    key: "points",
    header: "分值",
    required: false,
    help: "该指标的分值（可空：领域分值减去已填分值后由其余指标平分）；同一领域已填分值之和须与领域分值相符",
    width: 7,
  },
  { key: "remarks", header: "备注", required: false, help: "可空", width: 24 },
];

/** The template is a Chinese document: its categories and kinds are the catalogue's Chinese labels (lib/i18n/messages.ts). */
export const CATEGORY_LABELS: Record<"WORK" | "FUNDING", string> = messages.zh.category;
export const KIND_LABELS: Record<TargetKind, string> = messages.zh.kind;

/** A sheet row as text cells, with its number as the spreadsheet shows it (the header is row 1). */
export type { SheetRow };
export type ImportProblem = SheetProblem;

/** A valid template row, typed. */
export interface TemplateRow {
  row: number;
  areaCode: string;
  areaName: string;
  category: "WORK" | "FUNDING";
  areaPoints: number;
  code: string;
  title: string;
  wording: string;
  kind: TargetKind;
  measureUnit: string | null;
  targetValue: number | null;
  baselineValue: number | null;
  startMonth: number | null;
  endMonth: number | null;
  windowText: string | null;
  /** section names; empty when unassigned */
  owners: string[];
  unassigned: boolean;
  points: number | null;
  remarks: string | null;
}

export { normalizeHeader };

const HEADER = new Map(TEMPLATE_COLUMNS.map((c) => [c.header, c]));
const HEADER_OF = Object.fromEntries(TEMPLATE_COLUMNS.map((c) => [c.key, c.header])) as Record<TemplateKey, string>;

/** A column as a problem names it: its Chinese header as the sheet has it (quoted in English). */
const col = (key: TemplateKey) => msg("sheet.column", { name: HEADER_OF[key] });

/** A CSV export defuses text that would start a formula ("=…" → "'=…"); an import takes it back. */
function undefuse(s: string): string {
  return /^'[=+\-@]/.test(s) ? s.slice(1) : s;
}

function fromLabel<T extends string>(labels: Record<T, string>, key: TemplateKey) {
  const what = col(key);
  const byLabel = new Map(Object.entries(labels).map(([k, v]) => [v as string, k as T]));
  return z.string().transform((s, ctx) => {
    const v = s.replace(/\s+/g, "");
    const found = byLabel.get(v) ?? (Object.hasOwn(labels, v.toUpperCase()) ? (v.toUpperCase() as T) : undefined);
    if (found) return found;
    ctx.addIssue({
      code: "custom",
      message:
        v === "" ? msg("v.required", { what }) : msg("sheet.labelInvalid", { what, value: v, choices: Object.values(labels).join(" / ") }),
    });
    return z.NEVER;
  });
}

/** Cells hold no control characters; the wording and the remarks may run over lines (Alt+Enter in Excel). */
const text = (what: string, max: number, multi: boolean) =>
  z
    .string()
    .trim()
    .max(max, msg("v.maxChars", { what, max }))
    .refine((s) => !hasControlCharacters(s, multi), msg("v.controlCharacters", { what }));
const requiredText = (key: TemplateKey, max: number, multi = false) =>
  text(col(key), max, multi).refine((s) => s !== "", msg("v.required", { what: col(key) }));
const optionalText = (key: TemplateKey, max: number, multi = false) => text(col(key), max, multi).transform((s) => (s === "" ? null : s));

/** Empty → null; "1,234.5" and full-width digits are numbers; anything else is reported. */
const optionalNumber = (key: TemplateKey) =>
  z.string().transform((raw, ctx) => {
    const n = parseCellNumber(raw);
    if (n === "invalid") {
      ctx.addIssue({ code: "custom", message: msg("sheet.notNumber", { what: col(key), value: raw.trim() }) });
      return z.NEVER;
    }
    return n;
  });

const requiredNumber = (key: TemplateKey) =>
  optionalNumber(key).transform((n, ctx) => {
    if (n === null) {
      ctx.addIssue({ code: "custom", message: msg("v.required", { what: col(key) }) });
      return z.NEVER;
    }
    return n;
  });

/** inside a range of lib/domain/value-ranges.ts, with its message (a negative or zero one has its own above) */
const within = (key: TemplateKey, range: ValueRange) => (n: number | null, ctx: z.RefinementCtx) => {
  const problem = n === null || (n < range.min && n <= 0) ? null : rangeProblem(col(key), n, range);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
};

const monthNumber = (key: TemplateKey) =>
  optionalNumber(key).refine(
    (n) => n === null || (Number.isInteger(n) && n >= 1 && n <= 12),
    msg("sheet.monthInteger", { what: col(key) }),
  );

/** "高新办、成果科" (also ，,;；/ and spaces) → names; "未指定" alone → unassigned. */
export function splitOwners(s: string): { owners: string[]; unassigned: boolean } {
  const names = s
    .split(/[、,，;；/\s]+/)
    .map((n) => n.trim())
    .filter(Boolean);
  const unassigned = names.includes(UNASSIGNED);
  return { owners: names.filter((n) => n !== UNASSIGNED), unassigned };
}

const rowSchema = z
  .object({
    areaCode: requiredText("areaCode", 40),
    areaName: requiredText("areaName", 100),
    category: fromLabel(CATEGORY_LABELS, "category"),
    areaPoints: requiredNumber("areaPoints")
      .refine((n) => n > 0, msg("v.positive", { what: col("areaPoints") }))
      .superRefine(within("areaPoints", AREA_POINTS_RANGE)),
    code: requiredText("code", 40),
    title: requiredText("title", 100),
    wording: requiredText("wording", 2000, true),
    kind: fromLabel(KIND_LABELS, "kind"),
    measureUnit: optionalText("measureUnit", 20),
    targetValue: optionalNumber("targetValue"),
    baselineValue: optionalNumber("baselineValue"),
    startMonth: monthNumber("startMonth"),
    endMonth: monthNumber("endMonth"),
    windowText: optionalText("windowText", 200),
    owners: z
      .string()
      .trim()
      .min(1, msg("sheet.ownersRequired", { what: col("owners"), unassigned: UNASSIGNED }))
      .transform(splitOwners)
      .refine((o) => !(o.unassigned && o.owners.length > 0), msg("sheet.unassignedWithOwners", { unassigned: UNASSIGNED })),
    points: optionalNumber("points")
      .refine((n) => n === null || n >= 0, msg("v.negative", { what: col("points") }))
      .superRefine(within("points", POINTS_RANGE)),
    remarks: optionalText("remarks", 2000, true),
  })
  .superRefine((r, ctx) => {
    for (const p of measureProblems({
      kind: r.kind,
      targetValue: r.targetValue,
      baselineValue: r.baselineValue,
      measureUnit: r.measureUnit,
    })) {
      ctx.addIssue({ code: "custom", path: [p.field], message: p.message });
    }
    if ((r.startMonth === null) !== (r.endMonth === null)) {
      ctx.addIssue({
        code: "custom",
        path: [r.startMonth === null ? "startMonth" : "endMonth"],
        message: msg("sheet.monthsBothOrNeither", { start: col("startMonth"), end: col("endMonth") }),
      });
    } else if (r.startMonth !== null && r.endMonth !== null && r.startMonth > r.endMonth) {
      ctx.addIssue({
        code: "custom",
        path: ["endMonth"],
        message: msg("sheet.startAfterEnd", {
          startColumn: col("startMonth"),
          start: monthMsg(r.startMonth),
          endColumn: col("endMonth"),
          end: monthMsg(r.endMonth),
        }),
      });
    }
  });

/** Maps the header row to columns; a required column that is missing is a problem of the file. */
export function readHeader(header: SheetRow | undefined): { index: Map<TemplateKey, number>; problems: ImportProblem[] } {
  const index = new Map<TemplateKey, number>();
  const problems: ImportProblem[] = [];
  if (!header) return { index, problems: [{ row: null, column: null, message: msg("planImport.emptyNeedsHeader") }] };
  header.cells.forEach((cell, i) => {
    const column = HEADER.get(normalizeHeader(cell));
    if (column && !index.has(column.key)) index.set(column.key, i);
  });
  const missing = TEMPLATE_COLUMNS.filter((c) => !index.has(c.key));
  if (missing.length > 0) {
    problems.push({
      row: header.rowNumber,
      column: null,
      message: msg("planImport.missingColumns", {
        columns: msgList(
          missing.map((c) => col(c.key)),
          "enumeration",
        ),
      }),
    });
  }
  return { index, problems };
}

/** One data row → a typed row, or every problem in it (each with its column). */
export function parseTemplateRow(row: SheetRow, index: Map<TemplateKey, number>): { row: TemplateRow | null; problems: ImportProblem[] } {
  const raw = Object.fromEntries(
    TEMPLATE_COLUMNS.map((c) => {
      const i = index.get(c.key);
      return [c.key, i === undefined ? "" : undefuse((row.cells[i] ?? "").trim())];
    }),
  );
  const parsed = rowSchema.safeParse(raw);
  if (!parsed.success) {
    const seen = new Set<string>();
    const problems: ImportProblem[] = [];
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as TemplateKey | undefined;
      const dedupe = `${key}:${issue.message}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      problems.push({ row: row.rowNumber, column: key ? HEADER_OF[key] : null, message: issue.message });
    }
    return { row: null, problems };
  }
  const r = parsed.data;
  let { startMonth, endMonth } = r;
  // Months left empty: read the plan's own words ("3-10月", "11月前") when they are clear.
  if (startMonth === null && endMonth === null && r.windowText) {
    const read = parseWindowText(r.windowText);
    if (read) ({ startMonth, endMonth } = read);
  }
  return {
    row: {
      row: row.rowNumber,
      areaCode: r.areaCode,
      areaName: r.areaName,
      category: r.category,
      areaPoints: r.areaPoints,
      code: r.code,
      title: r.title,
      wording: r.wording,
      kind: r.kind,
      measureUnit: r.measureUnit,
      targetValue: r.targetValue,
      baselineValue: r.baselineValue,
      startMonth,
      endMonth,
      windowText: r.windowText,
      owners: r.owners.owners,
      unassigned: r.owners.unassigned,
      points: r.points,
      remarks: r.remarks,
    },
    problems: [],
  };
}

export interface TemplateArea {
  code: string;
  name: string;
  category: "WORK" | "FUNDING";
  points: number;
  /** the first row of the area */
  row: number;
  targets: TemplateRow[];
}

export interface TemplatePlan {
  areas: TemplateArea[];
  problems: ImportProblem[];
  /** data rows read (empty rows are skipped) */
  rowCount: number;
}

export const MAX_TEMPLATE_ROWS = 2000;

const rowList = (rows: number[]) =>
  msgList(
    rows.map((row) => msg("sheet.row", { row })),
    "enumeration",
  );

/**
 * The whole dry run of an import, before anything touches the database: the header, every row, the rows of
 * an area agreeing on the area, owners being sections of the unit, and the plan rules (codes unique, points
 * adding up …). Problems come back in row order, each with its row number; none means the plan can be written.
 */
export function readTemplate(rows: readonly SheetRow[], sectionNames: readonly string[]): TemplatePlan {
  const [header, ...data] = rows.filter((r) => !isBlankRow(r));
  const { index, problems } = readHeader(header);
  if (problems.length > 0) return { areas: [], problems, rowCount: 0 };
  if (data.length === 0) return { areas: [], problems: [{ row: null, column: null, message: msg("planImport.noRows") }], rowCount: 0 };
  if (data.length > MAX_TEMPLATE_ROWS) {
    return {
      areas: [],
      problems: [{ row: null, column: null, message: msg("planImport.tooManyRows", { count: data.length, max: MAX_TEMPLATE_ROWS }) }],
      rowCount: data.length,
    };
  }

  const known = new Set(sectionNames);
  const areas = new Map<string, TemplateArea>();
  // areas with a row that could not be read: their sums would only repeat that row's problem
  const incomplete = new Set<string>();
  for (const sheetRow of data) {
    const parsed = parseTemplateRow(sheetRow, index);
    problems.push(...parsed.problems);
    const r = parsed.row;
    if (!r) {
      incomplete.add((sheetRow.cells[index.get("areaCode")!] ?? "").trim());
      continue;
    }
    for (const name of r.owners) {
      if (!known.has(name)) {
        problems.push({
          row: r.row,
          column: HEADER_OF.owners,
          message: msg("planImport.ownerUnknown", {
            what: col("owners"),
            name,
            sections: sectionNames.length ? msgList(sectionNames, "enumeration") : msg("planImport.noSections"),
          }),
        });
      }
    }
    const area = areas.get(r.areaCode);
    if (!area) {
      areas.set(r.areaCode, { code: r.areaCode, name: r.areaName, category: r.category, points: r.areaPoints, row: r.row, targets: [r] });
      continue;
    }
    const differs = (
      [
        ["areaName", area.name !== r.areaName],
        ["category", area.category !== r.category],
        ["areaPoints", area.points !== r.areaPoints],
      ] as const
    ).filter(([, d]) => d);
    for (const [key] of differs) {
      problems.push({
        row: r.row,
        column: HEADER_OF[key],
        message: msg("planImport.areaDiffers", { area: area.code, what: col(key), row: area.row }),
      });
    }
    area.targets.push(r);
  }

  const list = [...areas.values()];
  const drafts: DraftArea<number>[] = list.map((a) => ({
    code: a.code,
    name: a.name,
    points: a.points,
    targets: a.targets.map((t) => ({
      ref: t.row,
      code: t.code,
      startMonth: t.startMonth,
      endMonth: t.endMonth,
      owners: t.owners,
      unassigned: t.unassigned,
      pointsOverride: t.points,
    })),
  }));
  for (const issue of validatePlanDraft(drafts)) {
    // owners and windows were already checked per row (same rules, with the column named)
    if (issue.field === "owners" || issue.field === "window") continue;
    if (issue.field === "code") {
      const code = list.flatMap((a) => a.targets).find((t) => t.row === issue.refs[0])!.code;
      const others = list
        .flatMap((a) => a.targets)
        .filter((t) => t.code === code && t.row !== issue.refs[0])
        .map((t) => t.row);
      problems.push({
        row: issue.refs[0],
        column: HEADER_OF.code,
        message: msg("planImport.codeRepeated", { code, rows: rowList(others) }),
      });
      continue;
    }
    if ((issue.field === "points" || issue.field === "area") && incomplete.has(issue.areaCode ?? "")) continue;
    if (issue.field === "points") {
      const area = list.find((a) => a.code === issue.areaCode)!;
      problems.push({
        row: issue.refs[0] ?? area.row,
        column: HEADER_OF.points,
        message: msg("sheet.withRows", { problem: issue.message, rows: rowList(area.targets.map((t) => t.row)) }),
      });
      continue;
    }
    problems.push({ row: issue.refs[0] ?? null, column: null, message: issue.message });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { areas: list, problems, rowCount: data.length };
}

/**
 * RFC 4180 CSV as spreadsheets write it: UTF-8 with or without a byte-order mark, CRLF or LF, quoted fields
 * with doubled quotes and line breaks inside. A row's number is its record's position (header = 1), as a
 * spreadsheet shows it.
 */
export function parseCsv(text: string): SheetRow[] {
  const s = text.replace(/^\uFEFF/, "");
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") {
      quoted = true;
      i++;
    } else if (c === ",") {
      endField();
      i++;
    } else if (c === "\r" || c === "\n") {
      endRecord();
      i += c === "\r" && s[i + 1] === "\n" ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || record.length > 0) endRecord();
  return records.map((cells, n) => ({ rowNumber: n + 1, cells }));
}
