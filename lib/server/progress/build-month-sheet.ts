import {
  CONFIRM_WORD,
  defaultReportDate,
  MONTH_SHEET_COLUMNS,
  SHEET_MONTH_LABEL,
  sheetMonthText,
  type MonthSheetKey,
} from "../../domain/month-sheet";
import { AMOUNT_UNITS } from "../../domain/amount-units";
import { KIND_LABELS } from "../../validation/plan-template";
import { SANE_MULTIPLE } from "../../validation/progress";
import type { SessionUser } from "../auth/session-user";
import { todayIso } from "../db-dates";
import { AppError } from "../errors";
import { loadPlanState } from "../plan-state/load-plan-state";
import { evaluateTarget, type TargetView } from "../plan-state/target-view";
import { addTableSheet, newWorkbook, workbookBytes, type CellValue, type TableRow } from "../sheets/table-sheet";
import { cellAt, columnLetter, type XlsxCell, type XlsxSheet } from "../sheets/xlsx-writer";
import { findMonthSheetScope, MONTH_SHEET_NAME, MONTH_SHEET_NOTES } from "./month-sheet-scope";
import { msg, monthMsg } from "../../i18n/message-text";
import { messages } from "../../i18n/messages";

export interface BuildMonthSheetOptions {
  user: SessionUser;
  sectionId: string;
  /** YYYY-MM */
  month: string;
  today?: string;
}

export interface MonthSheetFile {
  bytes: Uint8Array;
  /** 计划科-2013年9月填报表.xlsx */
  fileName: string;
  asciiName: string;
}

const INPUT_FILL = "FFFFF7D6";
const LOCKED_FILL = "FFEDEDED";
const DATE_FORMAT = "yyyy-mm-dd";

const num = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** What the plan asks of the target, in the sheet's words. */
function targetText(t: TargetView): string {
  const unit = t.measureUnit ?? "";
  switch (t.kind) {
    case "GROWTH_PCT":
      return t.targetValue === null
        ? "增长（未定）"
        : `增长 ${num(t.targetValue)}%${t.baselineValue === null ? "" : `（基数 ${num(t.baselineValue)}${unit}）`}`;
    case "COUNT":
    case "AMOUNT":
      return t.targetValue === null ? "—" : `${num(t.targetValue)}${unit}`;
    case "MILESTONE":
      return "按期完成";
    case "DECLARATION":
      return KIND_LABELS.DECLARATION;
  }
}

/** How the row is filled in (the 填写提示 column). */
function remark(t: TargetView): string {
  const inactive = t.applicability === "ACTIVE" ? "" : "（本指标不计分）";
  switch (t.kind) {
    case "COUNT":
      return `数量类指标按逐项登记的事项计数：请在系统的指标页“逐项登记”，本表不能填写完成值${inactive}`;
    case "MILESTONE":
    case "DECLARATION":
      return `填 1（已完成）或 0（未完成）${inactive}`;
    case "AMOUNT":
      return `累计金额；可按 ${AMOUNT_UNITS.join(" 或 ")} 填写（在“填报单位”注明）${inactive}`;
    case "GROWTH_PCT":
      return `填累计的绝对数（${t.measureUnit ?? "计量单位"}），增幅由系统按基数计算${inactive}`;
  }
}

/**
 * A section's 本月填报表 (one month of one plan): each target the section owns and the user may report, with
 * its code, title, target, the last figure (and its date) as of the month's end, and yellow cells for the new
 * figure, 填报单位, 报送日期 (prefilled), 情况说明, 佐证链接 and 确认; the version each target had at download
 * goes along, so the import can tell a row someone has changed since. Count targets are listed read-only (their
 * figure is their named items). The sheet is protected without a password so only the yellow cells take typing
 * by accident; a 填写说明 sheet names the month and the rules.
 */
export async function buildMonthSheet(options: BuildMonthSheetOptions): Promise<MonthSheetFile> {
  const scope = await findMonthSheetScope(options);
  const today = options.today ?? todayIso();
  const reportDate = defaultReportDate(scope.year, scope.month, today);
  if (!reportDate) {
    const message = msg("sheet.notStartedDownload", { year: scope.year, month: monthMsg(scope.month) });
    throw new AppError("BAD_USER_INPUT", message, { fields: { month: message } });
  }
  const state = await loadPlanState(scope.plan.id);
  const views = new Map(state.targets.map((t) => [t.id, t]));
  const rows = scope.targets.map((row) => {
    const target = views.get(row.id)!;
    const now = evaluateTarget(target, state.pointsByTarget.get(row.id) ?? [], reportDate, state.plan.behindMargin);
    return { target, value: now.value, reportedFor: now.reportedFor, fillable: target.kind !== "COUNT" };
  });

  const table: TableRow<MonthSheetKey>[] = rows.map(({ target, value, reportedFor, fillable }) => ({
    kind: "data",
    cells: {
      code: target.code,
      title: target.title,
      kind: KIND_LABELS[target.kind],
      target: targetText(target),
      measureUnit: target.measureUnit,
      lastValue:
        target.kind === "MILESTONE" || target.kind === "DECLARATION"
          ? value === null
            ? null
            : value >= 1
              ? messages.zh.form.milestoneDone
              : messages.zh.form.milestoneNotDone
          : value,
      lastDate: reportedFor,
      reportedFor: fillable ? reportDate : null,
      remark: remark(target),
      version: target.version,
    } satisfies Partial<Record<MonthSheetKey, CellValue>>,
  }));

  const workbook = newWorkbook();
  const label = `${scope.section.name} ${scope.year}年${scope.month}月填报表`;
  const sheet = addTableSheet(workbook, {
    name: MONTH_SHEET_NAME,
    title: `${label}（${scope.plan.title}）`,
    footer: `报送日期默认 ${reportDate}`,
    columns: MONTH_SHEET_COLUMNS.map((c) => ({
      key: c.key,
      header: c.header,
      width: c.width,
      wrap: c.key === "title" || c.key === "note" || c.key === "remark" || c.key === "target",
    })),
    rows: table,
  });
  markInputs(sheet, rows, scope.year);
  sheet.protection = { formatCells: true, formatColumns: true, formatRows: true };

  addTableSheet(workbook, {
    name: MONTH_SHEET_NOTES,
    title: `${label} · 填写说明`,
    columns: [
      { key: "item", header: "项目", width: 16 },
      { key: "text", header: "内容", width: 100, wrap: true },
    ],
    rows: [
      [SHEET_MONTH_LABEL, sheetMonthText(scope.year, scope.month)],
      ["科室", scope.section.name],
      ["计划", scope.plan.title],
      ["报送日期默认值", reportDate],
      [
        "导入规则",
        "在“本月填报”表的黄色单元格填写；本月完成值留空的行不导入。上传后先“检查”：每一处问题都列出行号，全部无误才能导入；" +
          "导入时所有行一起写入，任何一行有问题则一行也不写入。每一行与在系统中逐项填写完全相同：月份锁定、数值范围、计划年度、" +
          `版本（下载后有人更新了该指标，该行会提示对方填报的新值）和超过目标值 ${SANE_MULTIPLE} 倍须确认（在“确认”列填“${CONFIRM_WORD}”）。`,
      ],
      ...MONTH_SHEET_COLUMNS.map((c) => [c.header, c.help]),
    ].map(([item, text]) => ({ kind: "data" as const, cells: { item, text } })),
  });
  return {
    bytes: workbookBytes(workbook),
    fileName: `${label.replace(/\s+/g, "-")}.xlsx`,
    asciiName: `month-sheet-${sheetMonthText(scope.year, scope.month)}.xlsx`,
  };
}

const column = (key: MonthSheetKey) => MONTH_SHEET_COLUMNS.findIndex((c) => c.key === key) + 1;

/** Dates as Excel dates; the input cells yellow and unlocked (grey and locked on count targets), with pick lists. */
function markInputs(sheet: XlsxSheet, rows: { target: TargetView; fillable: boolean }[], year: number) {
  const restyle = (cell: XlsxCell, change: XlsxCell["style"]) => void (cell.style = { ...cell.style, ...change });
  const inputs = MONTH_SHEET_COLUMNS.filter((c) => c.input);
  for (const c of inputs) restyle(cellAt(sheet, 1, column(c.key)), { fill: INPUT_FILL });
  const validations = (sheet.validations ??= []);
  rows.forEach(({ target, fillable }, i) => {
    const rowNumber = i + 2;
    const ref = (key: MonthSheetKey) => `${columnLetter(column(key))}${rowNumber}`;
    for (const key of ["lastDate", "reportedFor"] as const) {
      const cell = cellAt(sheet, rowNumber, column(key));
      if (typeof cell.value === "string") {
        cell.value = new Date(`${cell.value}T00:00:00.000Z`);
        restyle(cell, { numFmt: DATE_FORMAT });
      }
    }
    for (const c of inputs)
      restyle(cellAt(sheet, rowNumber, column(c.key)), { fill: fillable ? INPUT_FILL : LOCKED_FILL, unlocked: fillable });
    if (!fillable) return;
    const list = (key: MonthSheetKey, values: string[], prompt: string) => {
      validations.push({
        ref: ref(key),
        type: "list",
        allowBlank: true,
        formulae: [`"${values.join(",")}"`],
        errorTitle: "请从列表中选择",
        error: prompt,
      });
    };
    list("confirm", [CONFIRM_WORD], `只能填“${CONFIRM_WORD}”或留空`);
    if (target.kind === "AMOUNT") list("unit", [...AMOUNT_UNITS], `填 ${AMOUNT_UNITS.join(" 或 ")}，或留空（按计量单位）`);
    if (target.kind === "MILESTONE" || target.kind === "DECLARATION") list("value", ["1", "0"], "填 1（已完成）或 0（未完成）");
    validations.push({
      ref: ref("reportedFor"),
      type: "date",
      allowBlank: true,
      formulae: [new Date(`${year}-01-01T00:00:00.000Z`), new Date(`${year}-12-31T00:00:00.000Z`)],
      errorTitle: "报送日期",
      error: "报送日期须为计划年度内的日期（YYYY-MM-DD）",
    });
  });
}
