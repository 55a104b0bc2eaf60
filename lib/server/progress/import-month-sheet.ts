import {
  CONFIRM_WORD,
  defaultReportDate,
  duplicateCodes,
  MONTH_SHEET_HEADER,
  readFigure,
  readMonthSheet,
  readSheetMonth,
  sheetColumn,
  type MonthSheetKey,
  type MonthSheetLine,
} from "../../domain/month-sheet";
import type { SheetProblem } from "../../domain/sheet-cells";
import type { TargetKind } from "../../domain/types";
import { extensionOf, refuseLink } from "../../validation/evidence";
import type { SessionUser } from "../auth/session-user";
import { staleConflict, StaleVersionError } from "../concurrency/versioned-write";
import { db } from "../db";
import { todayIso } from "../db-dates";
import { AppError, isAppError } from "../errors";
import { assertMonthsOpen } from "../locks/month-locks";
import { loadWorkbook, UnreadableWorkbook, worksheetRows } from "../sheets/read-workbook";
import { writeEvidenceRows } from "./evidence-rows";
import { findMonthSheetScope, MONTH_SHEET_NAME, MONTH_SHEET_NOTES } from "./month-sheet-scope";
import { prepareReport, writeReport, type PreparedReport } from "./record-progress";
import { msg, msgList, monthMsg } from "../../i18n/message-text";

/** An uploaded 本月填报表 may be this large: a section's sheet is some 10 KB. */
export const MONTH_SHEET_MAX_BYTES = 2 * 1024 * 1024;

/** Only .xlsx (Excel 2007+, and what WPS saves as .xlsx); its content is checked by its magic bytes on upload. */
export function refuseSheetName(fileName: string): string | null {
  return extensionOf(fileName) === ".xlsx" ? null : msg("sheet.fileType", { ext: extensionOf(fileName) || msg("evidence.noExtension") });
}

export interface ImportMonthSheetOptions {
  user: SessionUser;
  sectionId: string;
  /** YYYY-MM: the month chosen on the page; the sheet's own 填报月份 must agree */
  month: string;
  fileName: string;
  bytes: Uint8Array;
  /** true: check every row and report, write nothing */
  dryRun: boolean;
  today?: string;
}

export interface MonthSheetRowView {
  row: number;
  code: string;
  title: string;
  /** in the target's unit */
  value: number;
  measureUnit: string | null;
  /** as typed, when typed in another unit (万元 / 亿元) */
  enteredValue: number | null;
  enteredUnit: string | null;
  reportedFor: string;
  link: string | null;
}

export interface MonthSheetResultView {
  dryRun: boolean;
  /** no problems: the rows can be (or were) imported */
  ok: boolean;
  fileName: string;
  month: string;
  sectionName: string;
  /** rows with a new figure that can be (or were) written */
  rows: MonthSheetRowView[];
  /** rows left out because their new figure is empty */
  skipped: number;
  problems: SheetProblem[];
  /** reports written (0 on a dry run) */
  written: number;
}

interface Checked {
  line: MonthSheetLine;
  report: PreparedReport;
  link: string | null;
}

/** A service error's fields → the sheet's columns. */
const FIELD_COLUMN: Record<string, MonthSheetKey> = {
  value: "value",
  unit: "unit",
  reportedFor: "reportedFor",
  note: "note",
  confirmLarge: "confirm",
  url: "link",
};

/**
 * The refusal a typed report would get, as problems of the row (the column named where the service names a field):
 * catalogue messages, put into words in the reader's language where the result is answered.
 */
function rowProblems(row: number, e: AppError): SheetProblem[] {
  const hint = e.code === "NEEDS_CONFIRMATION" ? msg("monthSheet.confirmHint", { column: sheetColumn("confirm"), word: CONFIRM_WORD }) : "";
  const columnOf = (field: string) => (FIELD_COLUMN[field] ? MONTH_SHEET_HEADER[FIELD_COLUMN[field]] : null);
  const fields = Object.entries((e.details?.fields ?? {}) as Record<string, string>);
  // several fields: each with its own message; one: the whole message (it may say more than the field's word)
  if (fields.length > 1) return fields.map(([field, message]) => ({ row, column: columnOf(field), message: message + hint }));
  const column =
    e.code === "PERIOD_LOCKED"
      ? MONTH_SHEET_HEADER.reportedFor
      : e.code === "CONFLICT"
        ? MONTH_SHEET_HEADER.version
        : columnOf(fields[0]?.[0] ?? "");
  return [{ row, column, message: e.text + hint }];
}

/** Someone saved the target since the sheet was downloaded: who, when and the newer value (the form's CONFLICT). */
async function staleRow(row: number, stale: StaleVersionError): Promise<SheetProblem[]> {
  const conflict = await staleConflict(stale, "redownload");
  return rowProblems(row, conflict);
}

class RowFailure extends Error {
  constructor(
    readonly row: number,
    readonly reason: unknown,
  ) {
    super(`row ${row}`);
  }
}

function refused(problems: SheetProblem[]): AppError {
  const first = problems.slice(0, 3).map((p) => (p.row ? msg("sheet.rowProblem", { row: p.row, problem: p.message }) : p.message));
  return new AppError(
    "BAD_USER_INPUT",
    msg(problems.length > 3 ? "sheet.problemsMore" : "sheet.problems", { count: problems.length, first: msgList(first) }),
    { problems },
  );
}

/**
 * A section head (or an administrator, for a section of their unit) uploads a filled 本月填报表. The server
 * reads the file itself; each row with a new figure goes through what a typed report goes through
 * (record-progress.ts prepareReport and writeReport): the code must be one of the section's targets in the
 * month's plan that the user may report, the version must be the target's version now (else the row names who
 * saved what since), the figure, unit, date, note and 10× confirmation meet the target's rules, the month is
 * open and a 佐证链接 is a web address. Every problem comes back with its row number; a dry run stops there.
 * An import with any problem writes nothing; otherwise every row's report, its evidence link and their audit
 * rows commit in one transaction — a row failing inside it (a month locked, a version claimed a moment
 * earlier) rolls all of them back and is reported as that row's problem.
 */
export async function importMonthSheet(options: ImportMonthSheetOptions): Promise<MonthSheetResultView> {
  const { user } = options;
  const today = options.today ?? todayIso();
  const scope = await findMonthSheetScope(options);
  const problems: SheetProblem[] = [];
  const defaultDate = defaultReportDate(scope.year, scope.month, today);
  if (!defaultDate) {
    throw new AppError("BAD_USER_INPUT", msg("sheet.notStartedImport", { year: scope.year, month: monthMsg(scope.month) }), {
      fields: { month: msg("sheet.monthNotStarted") },
    });
  }
  let workbook;
  try {
    workbook = await loadWorkbook(options.bytes);
  } catch (e) {
    if (!(e instanceof UnreadableWorkbook)) throw e;
    const message = msg("sheet.unreadable");
    throw new AppError("BAD_USER_INPUT", message, { fields: { file: message } });
  }
  const notes = workbook.getWorksheet(MONTH_SHEET_NOTES);
  const sheetMonth = notes ? readSheetMonth(worksheetRows(notes)) : null;
  if (sheetMonth !== null && sheetMonth !== options.month) {
    problems.push({
      row: null,
      column: null,
      message: msg("monthSheet.otherMonth", { sheet: sheetMonth, month: options.month }),
    });
  }
  const sheet = workbook.getWorksheet(MONTH_SHEET_NAME) ?? workbook.worksheets[0];
  const read = readMonthSheet(sheet ? worksheetRows(sheet) : []);
  problems.push(...read.problems);
  const duplicates = duplicateCodes(read.lines);
  const duplicateRows = new Set(duplicates.map((p) => p.row));

  const byCode = new Map(scope.targets.map((t) => [t.code, t]));
  const codes = [...new Set(read.lines.map((l) => l.cells.code).filter((c) => c !== "" && !byCode.has(c)))];
  const inPlan = new Set(
    (await db.target.findMany({ where: { planId: scope.plan.id, code: { in: codes } }, select: { code: true } })).map((t) => t.code),
  );

  const checked: Checked[] = [];
  let skipped = 0;
  for (const line of read.lines) {
    const { row, cells } = line;
    if (cells.value === "") {
      skipped++;
      continue;
    }
    if (duplicateRows.has(row)) {
      problems.push(...duplicates.filter((p) => p.row === row));
      continue;
    }
    const at = (key: MonthSheetKey, message: string) => problems.push({ row, column: MONTH_SHEET_HEADER[key], message });
    if (cells.code === "") {
      at("code", msg("monthSheet.valueWithoutCode"));
      continue;
    }
    const target = byCode.get(cells.code);
    if (!target) {
      at(
        "code",
        inPlan.has(cells.code)
          ? msg("monthSheet.notSectionTarget", { code: cells.code, section: scope.section.name })
          : msg("monthSheet.noSuchCode", { plan: scope.plan.title, code: cells.code }),
      );
      continue;
    }
    const parsed = readFigure(line, target.kind as TargetKind, defaultDate);
    if (!parsed.figure) {
      problems.push(...parsed.problems);
      continue;
    }
    const figure = parsed.figure;
    if (figure.expectedVersion > target.version) {
      // no download ever carried a version the target has not reached: the cell was edited
      at("version", msg("monthSheet.versionAhead", { version: figure.expectedVersion, current: target.version }));
      continue;
    }
    if (figure.expectedVersion !== target.version) {
      problems.push(...(await staleRow(row, new StaleVersionError({ kind: "target", id: target.id, expected: figure.expectedVersion }))));
      continue;
    }
    let report: PreparedReport;
    try {
      report = prepareReport(target, figure, today);
      if (figure.link) {
        const refusedLink = refuseLink(figure.link);
        if (refusedLink) throw new AppError("BAD_USER_INPUT", refusedLink, { fields: { url: refusedLink } });
      }
      await assertMonthsOpen(db, target.planId, [report.input.reportedFor], today);
    } catch (e) {
      if (!isAppError(e)) throw e;
      problems.push(...rowProblems(row, e));
      continue;
    }
    checked.push({ line, report, link: figure.link });
  }

  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const result: MonthSheetResultView = {
    dryRun: options.dryRun,
    ok: problems.length === 0,
    fileName: options.fileName,
    month: options.month,
    sectionName: scope.section.name,
    rows: checked.map(({ line, report, link }) => ({
      row: line.row,
      code: report.target.code,
      title: report.target.title,
      value: report.input.value,
      measureUnit: report.target.measureUnit,
      enteredValue: report.amount.enteredValue,
      enteredUnit: report.amount.enteredUnit,
      reportedFor: report.input.reportedFor,
      link,
    })),
    skipped,
    problems,
    written: 0,
  };
  if (options.dryRun) return result;
  if (!result.ok) throw refused(problems);
  if (checked.length === 0) {
    throw new AppError("BAD_USER_INPUT", msg("sheet.nothingToImport"), { problems: [] });
  }

  try {
    await db.$transaction(async (tx) => {
      for (const { line, report, link } of checked) {
        try {
          const { entry } = await writeReport(tx, user, report, today);
          if (link) {
            await writeEvidenceRows(tx, user, { targetId: report.target.id, link: { entryId: entry.id } }, [
              { kind: "LINK", url: link, title: link },
            ]);
          }
        } catch (e) {
          throw new RowFailure(line.row, e);
        }
      }
    });
  } catch (e) {
    if (!(e instanceof RowFailure)) throw e;
    if (e.reason instanceof StaleVersionError) throw refused(await staleRow(e.row, e.reason));
    if (isAppError(e.reason)) throw refused(rowProblems(e.row, e.reason));
    throw e.reason;
  }
  return { ...result, written: checked.length };
}
