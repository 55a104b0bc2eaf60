import ExcelJS from "exceljs";

/**
 * Tables as spreadsheets: one description of columns and rows writes both an Excel sheet and a CSV, so the
 * two exports cannot disagree. Any sheet type (the score sheet, the review pack …) describes its table
 * with these types and calls addTableSheet / tableToCsv; subtotal and total rows are real SUM formulas in
 * Excel, with the caller's exact figure cached as the result so viewers that never recalculate still
 * show numbers, and plain numbers in CSV.
 */
export type CellValue = string | number | null;

export interface ColumnSpec<K extends string = string> {
  key: K;
  header: string;
  /** Excel column width in characters (a CJK character counts about 2) */
  width: number;
  /** Excel number format for numbers in this column, e.g. "0.00" or "0.0%" */
  numFmt?: string;
  align?: "left" | "center" | "right";
  wrap?: boolean;
  /** how CSV writes a value of this column; default: the value as is, empty for null */
  csv?: (value: CellValue) => string;
}

export type RowKind = "data" | "subtotal" | "total";

export interface TableRow<K extends string = string> {
  /** lets later rows' formulas refer to this row */
  id?: string;
  kind: RowKind;
  cells: Partial<Record<K, CellValue>>;
  /** per-cell number formats overriding the column's, e.g. a unit: `General" 项"` */
  numFmts?: Partial<Record<K, string>>;
  /**
   * Columns written as =SUM(…) over other rows: a contiguous range between two row ids, or a list of row
   * ids. The cell's value in `cells` is the cached result (and what CSV writes).
   */
  sum?: { columns: K[]; range?: [string, string]; rows?: string[] };
  /** how CSV writes particular cells when a bare number would lose its meaning, e.g. "5 项" */
  csvText?: Partial<Record<K, string>>;
}

export interface TableSpec<K extends string = string> {
  /** sheet name (at most 31 characters, no []:*?/\) */
  name: string;
  /** printed at the top of every page */
  title: string;
  /** printed at the bottom left of every page, e.g. the as-of date */
  footer?: string;
  columns: ColumnSpec<K>[];
  rows: TableRow<K>[];
}

const FILLS: Record<RowKind | "header", string | null> = { header: "FFDDE6F0", data: null, subtotal: "FFEEF3F8", total: "FFD6E4F0" };
const THIN = { style: "thin" as const, color: { argb: "FFB0B7BF" } };

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "绩效目标追踪";
  workbook.created = new Date();
  return workbook;
}

/** Header in row 1 (frozen, repeated on every printed page), then the rows; A4 landscape, one page wide. */
export function addTableSheet<K extends string>(workbook: ExcelJS.Workbook, spec: TableSpec<K>): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: "1:1",
    },
    headerFooter: {
      oddHeader: `&C&"-,Bold"${escapeHeader(spec.title)}`,
      oddFooter: `&L${escapeHeader(spec.footer ?? "")}&R第 &P 页，共 &N 页`,
    },
  });
  sheet.columns = spec.columns.map((c) => ({ key: c.key, width: c.width }));
  const letter = new Map(spec.columns.map((c, i) => [c.key, columnLetter(i + 1)]));

  const header = sheet.getRow(1);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });
  styleRow(header, spec.columns.length, "header");

  const rowNumber = new Map<string, number>();
  spec.rows.forEach((r, i) => {
    if (r.id) rowNumber.set(r.id, i + 2);
  });
  const ref = (id: string) => {
    const n = rowNumber.get(id);
    if (n === undefined) throw new Error(`table row "${id}" does not exist`);
    return n;
  };

  spec.rows.forEach((r, i) => {
    const row = sheet.getRow(i + 2);
    spec.columns.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      const value = r.cells[c.key] ?? null;
      const col = letter.get(c.key)!;
      const args = !r.sum?.columns.includes(c.key)
        ? ""
        : r.sum.range
          ? `${col}${ref(r.sum.range[0])}:${col}${ref(r.sum.range[1])}`
          : (r.sum.rows ?? []).map((id) => `${col}${ref(id)}`).join(",");
      if (args) {
        // every formula carries its result, 0 included, so a viewer that never recalculates shows the figure
        cell.value = { formula: `SUM(${args})`, result: typeof value === "number" && Number.isFinite(value) ? value : 0 };
      } else {
        cell.value = value;
      }
      const numFmt = r.numFmts?.[c.key] ?? c.numFmt;
      if (numFmt && (typeof value === "number" || args)) cell.numFmt = numFmt;
      cell.alignment = {
        vertical: "top",
        horizontal: c.align ?? (typeof value === "number" ? "right" : "left"),
        wrapText: c.wrap ?? false,
      };
      if (r.kind !== "data") cell.font = { bold: true };
    });
    styleRow(row, spec.columns.length, r.kind);
  });
  return sheet;
}

function styleRow(row: ExcelJS.Row, columns: number, kind: RowKind | "header") {
  for (let j = 1; j <= columns; j++) {
    const cell = row.getCell(j);
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    const fill = FILLS[kind];
    if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  }
}

/** 1 → A, 27 → AA */
export function columnLetter(n: number): string {
  let s = "";
  for (let m = n; m > 0; m = Math.floor((m - 1) / 26)) s = String.fromCharCode(65 + ((m - 1) % 26)) + s;
  return s;
}

/** "&" starts a code in Excel's header/footer language. */
const escapeHeader = (s: string) => s.replace(/&/g, "&&");

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The same table as CSV for any spreadsheet or script: UTF-8 with a byte-order mark (so Excel opens the
 * Chinese text correctly), CRLF line ends and RFC 4180 quoting; subtotals are plain numbers.
 */
export function tableToCsv<K extends string>(spec: TableSpec<K>): string {
  const lines = [spec.columns.map((c) => quote(c.header))];
  for (const r of spec.rows) {
    lines.push(
      spec.columns.map((c) => {
        const v = r.cells[c.key] ?? null;
        const text = r.csvText?.[c.key] ?? (c.csv ? c.csv(v) : v === null ? "" : String(v));
        return quote(typeof v === "string" ? defuse(text) : text);
      }),
    );
  }
  return "\uFEFF" + lines.map((l) => l.join(",")).join("\r\n") + "\r\n";
}

/** Text typed by users (an adjustment reason) must not run as a formula when the CSV is opened: "=1+1" → "'=1+1". */
function defuse(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
