/**
 * Spreadsheet rows as the imports read them (the plan template, the monthly 填报表): text cells with the row
 * number Excel shows, and the few rules for reading a cell that every import shares. Pure: the files are read
 * in lib/server/sheets.
 */

/** A sheet row as text cells, with its number as the spreadsheet shows it. */
export interface SheetRow {
  rowNumber: number;
  cells: string[];
}

/** One problem of an import, in Chinese, with where it is. */
export interface SheetProblem {
  /** spreadsheet row; null for a problem of the whole file */
  row: number | null;
  /** the column's header, when one column is at fault */
  column: string | null;
  message: string;
}

/** "12", "-3.5", ".5", "1e6": a number as a form field or a spreadsheet cell writes it (not "0x10", not "Infinity"). */
export const DECIMAL_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A cell as a number: empty → null; "1,234.5", "１２３．５" (full-width, as Chinese input methods type it) are
 * numbers; anything else is "invalid". Decimal notation only: Number() would also read "0x10" as 16 and
 * "Infinity" as a number.
 */
export function parseCellNumber(raw: string): number | null | "invalid" {
  const s = raw
    .trim()
    .replace(/[０-９．]/g, (c) => (c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/[,，]/g, "");
  if (s === "") return null;
  const n = DECIMAL_NUMBER.test(s) ? Number(s) : NaN;
  return Number.isFinite(n) ? n : "invalid";
}

/** "领域类别(工作业绩/科技投入与保障)" and " 领域类别 " both name the 领域类别 column. */
export function normalizeHeader(h: string): string {
  return h.replace(/\s+/g, "").replace(/[（(].*$/, "");
}

export const isBlankRow = (r: SheetRow) => r.cells.every((c) => c.trim() === "");
