import { columnLetter, writeXlsx, type CellStyle, type XlsxBook, type XlsxCell, type XlsxRow, type XlsxSheet } from "./xlsx-writer";

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

const FILLS: Record<RowKind | "header", string | undefined> = {
  header: "FFDDE6F0",
  data: undefined,
  subtotal: "FFEEF3F8",
  total: "FFD6E4F0",
};
const BORDER = "FFB0B7BF";

export function newWorkbook(): XlsxBook {
  return { creator: "绩效目标追踪", created: new Date(), sheets: [] };
}

const KINDS: readonly (RowKind | "header")[] = ["header", "data", "subtotal", "total"];
const ALIGNS = ["left", "center", "right"] as const;
type Align = (typeof ALIGNS)[number];

/**
 * The few looks a table's cells take, made once and kept for every workbook: the writer gives each style object
 * its id once, so a sheet of a thousand cells looks up a dozen styles. By number format, then row kind, alignment
 * and wrapping as an index (no key string built per cell). Frozen: a caller restyling a cell gives it a new object.
 * A format names a target's unit (`General" 家"`), so the units typed bound the cache; past STYLE_FORMATS it starts
 * again (the writer tells equal styles by their content, so a new object only costs its lookup).
 */
const styles = new Map<string, CellStyle[]>();
const STYLE_FORMATS = 500;
function tableStyle(kind: RowKind | "header", numFmt: string | undefined, horizontal: Align, wrap: boolean): CellStyle {
  let looks = styles.get(numFmt ?? "");
  if (!looks) {
    if (styles.size >= STYLE_FORMATS) styles.clear();
    styles.set(numFmt ?? "", (looks = []));
  }
  const at = (KINDS.indexOf(kind) * ALIGNS.length + ALIGNS.indexOf(horizontal)) * 2 + (wrap ? 1 : 0);
  return (looks[at] ??= Object.freeze({
    bold: kind !== "data",
    fill: FILLS[kind],
    border: BORDER,
    numFmt,
    horizontal,
    vertical: kind === "header" ? "middle" : "top",
    wrap,
  }));
}

/** Header in row 1 (frozen, repeated on every printed page), then the rows; A4 landscape, one page wide. */
export function addTableSheet<K extends string>(workbook: XlsxBook, spec: TableSpec<K>): XlsxSheet {
  const columns = spec.columns;
  const rowNumber = new Map<string, number>();
  spec.rows.forEach((r, i) => {
    if (r.id) rowNumber.set(r.id, i + 2);
  });
  const ref = (id: string) => {
    const n = rowNumber.get(id);
    if (n === undefined) throw new Error(`table row "${id}" does not exist`);
    return n;
  };
  /** =SUM(…) arguments of a row's summed column, "" when the column is not summed */
  const sumArgs = (r: TableRow<K>, c: ColumnSpec<K>, col: string) => {
    if (!r.sum?.columns.includes(c.key)) return "";
    if (r.sum.range) return `${col}${ref(r.sum.range[0])}:${col}${ref(r.sum.range[1])}`;
    return (r.sum.rows ?? []).map((id) => `${col}${ref(id)}`).join(",");
  };

  const rows: XlsxRow[] = [{ cells: columns.map((c) => ({ value: c.header, style: tableStyle("header", undefined, "center", true) })) }];
  for (const r of spec.rows) {
    const cells: XlsxCell[] = [];
    for (let j = 0; j < columns.length; j++) {
      const c = columns[j];
      const value = r.cells[c.key] ?? null;
      const args = r.sum ? sumArgs(r, c, columnLetter(j + 1)) : "";
      const numFmt = r.numFmts?.[c.key] ?? c.numFmt;
      const style = tableStyle(
        r.kind,
        numFmt && (typeof value === "number" || args) ? numFmt : undefined,
        c.align ?? (typeof value === "number" ? "right" : "left"),
        c.wrap ?? false,
      );
      // every formula carries its result, 0 included, so a viewer that never recalculates shows the figure
      cells.push(
        args
          ? { value: { formula: `SUM(${args})`, result: typeof value === "number" && Number.isFinite(value) ? value : 0 }, style }
          : { value, style },
      );
    }
    rows.push({ cells });
  }
  const sheet: XlsxSheet = {
    name: spec.name,
    columns: columns.map((c) => ({ width: c.width })),
    rows,
    frozenRows: 1,
    print: {
      paperSize: 9, // A4
      landscape: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      titleRows: [1, 1],
      header: `&C&"-,Bold"${escapeHeader(spec.title)}`,
      // no empty left section: some readers then take the right one for the left
      footer: `${spec.footer ? `&L${escapeHeader(spec.footer)}` : ""}&R第 &P 页，共 &N 页`,
    },
  };
  workbook.sheets.push(sheet);
  return sheet;
}

/** "&" starts a code in Excel's header/footer language. */
const escapeHeader = (s: string) => s.replace(/&/g, "&&");

export function workbookBytes(workbook: XlsxBook): Uint8Array {
  return writeXlsx(workbook);
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
