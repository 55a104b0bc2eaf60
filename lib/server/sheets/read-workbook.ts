import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import type { SheetRow } from "../../domain/sheet-cells";

/**
 * Uploaded XLSX files (the plan template, the monthly 填报表) → rows of text. An XLSX file is a ZIP package that
 * ExcelJS inflates whole, entry by entry, into memory; a small file can unpack to gigabytes (a "zip bomb"), so
 * the package is first walked here with the real inflated sizes counted against a cap (the sizes a ZIP declares
 * can lie). Anything unreadable throws UnreadableWorkbook; the callers answer it in Chinese.
 */
export class UnreadableWorkbook extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "UnreadableWorkbook";
  }
}

/** More than an Office package of this app's sheets ever holds. */
export const WORKBOOK_LIMITS = { entries: 1000, unpackedBytes: 50 * 1024 * 1024 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Walks the ZIP's central directory and inflates every entry within the cap; throws when over it or malformed. */
export function assertZipWithin(bytes: Uint8Array, limits = WORKBOOK_LIMITS): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let eocd = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new UnreadableWorkbook("not a zip package");
  const entries = u16(eocd + 10);
  let at = u32(eocd + 16);
  if (entries === 0xffff || at === 0xffffffff) throw new UnreadableWorkbook("zip64 is not expected in a sheet");
  if (entries > limits.entries) throw new UnreadableWorkbook("too many entries");
  let unpacked = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.byteLength || u32(at) !== CENTRAL) throw new UnreadableWorkbook("bad central directory");
    const method = u16(at + 10);
    const packed = u32(at + 20);
    const [nameLength, extraLength, commentLength] = [u16(at + 28), u16(at + 30), u16(at + 32)];
    const local = u32(at + 42);
    if (local + 30 > bytes.byteLength || u32(local) !== LOCAL) throw new UnreadableWorkbook("bad local header");
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + packed > bytes.byteLength) throw new UnreadableWorkbook("entry beyond the end");
    const data = bytes.subarray(start, start + packed);
    const room = limits.unpackedBytes - unpacked;
    if (method === 0) unpacked += packed;
    else if (method === 8) {
      try {
        unpacked += inflateRawSync(data, { maxOutputLength: Math.max(1, room + 1) }).byteLength;
      } catch {
        throw new UnreadableWorkbook("an entry does not inflate within the cap");
      }
    } else throw new UnreadableWorkbook(`compression method ${method}`);
    if (unpacked > limits.unpackedBytes) throw new UnreadableWorkbook("unpacks beyond the cap");
    at += 46 + nameLength + extraLength + commentLength;
  }
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  assertZipWithin(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    throw new UnreadableWorkbook(e instanceof Error ? e.message : String(e));
  }
  return workbook;
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("text" in value) return String(value.text);
  if ("error" in value) return String(value.error);
  return "";
}

/**
 * What a cell holds, as a viewer that does not recalculate shows it: for a formula its cached result. Read from the
 * cell rather than from its `value`, whose copy leaves out a result of 0 (ExcelJS copies only truthy fields), so a
 * formula worth 0 (a 小计 of nothing scored) would read as empty.
 */
export function cellShown(cell: ExcelJS.Cell): ExcelJS.CellValue {
  if (cell.type !== ExcelJS.ValueType.Formula) return cell.value;
  return cell.result ?? null;
}

/** A worksheet's non-empty rows as text, with Excel's row numbers. */
export function worksheetRows(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(cellShown(row.getCell(c))));
    rows.push({ rowNumber, cells });
  });
  return rows;
}
