/**
 * Spreadsheet rows as the imports read them (the plan template, the monthly 填报表): text cells with the row
 * number Excel shows, and the few rules for reading a cell that every import shares. Pure: the files are read
 * in lib/server/sheets.
 */
import { parseNumberText } from "./number-text";

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

export { DECIMAL_NUMBER } from "./number-text";

/**
 * A cell as a number: empty → null; "1,234.5", "１２３．５" (full-width, as Chinese input methods type it) are
 * numbers; anything else is "invalid" — the same reading as every form's (lib/domain/number-text.ts).
 */
export function parseCellNumber(raw: string): number | null | "invalid" {
  return parseNumberText(raw);
}

/** "领域类别(工作业绩/科技投入与保障)" and " 领域类别 " both name the 领域类别 column. */
export function normalizeHeader(h: string): string {
  return h.replace(/\s+/g, "").replace(/[（(].*$/, "");
}

export const isBlankRow = (r: SheetRow) => r.cells.every((c) => c.trim() === "");
