import { StyleTable, type CellStyle } from "./xlsx-styles";
import { xmlAttr, xmlText } from "./xml-text";
import { zip } from "./zip";

export type { CellStyle } from "./xlsx-styles";

/**
 * Workbooks written straight as their OOXML parts (SpreadsheetML, ECMA-376) and zipped (zip.ts). ExcelJS
 * cost 14–30 ms a workbook (its object model, XML serialisation and JSZip's JavaScript deflate), a fixed cost that
 * made a 40-row score sheet 30–40× its CSV; this writes only what the app's sheets use: text, numbers, dates,
 * SUM formulas with their results, column widths, row heights, a frozen header, merged cells, styles, list and
 * date validations, sheet protection without a password, and the printed page (A4, header and footer, repeated
 * title rows). Uploaded workbooks are still read with ExcelJS (read-workbook.ts).
 *
 * Text is always written as text (a shared string), never as a formula, whatever it starts with: "=1+1" typed as
 * an adjustment reason shows as "=1+1" and does not run. Formulas are only those the caller builds ({ formula }).
 */
export interface XlsxFormula {
  /** without the leading "=", e.g. "SUM(B2:B9)" */
  formula: string;
  /** the cached result, shown by viewers that never recalculate */
  result: number;
}

export type XlsxValue = string | number | boolean | Date | XlsxFormula | null;

export interface XlsxCell {
  value: XlsxValue;
  style?: CellStyle;
}

export interface XlsxRow {
  /** index 0 is column A; a gap is an empty cell */
  cells: (XlsxCell | undefined)[];
  /** in points */
  height?: number;
}

export interface XlsxValidation {
  /** the cells it applies to, e.g. "J5" or "J5:J9" */
  ref: string;
  type: "list" | "date";
  /** for a list, one formula: the choices as `"是,否"`; for a date range, two dates (operator between) */
  formulae: (string | Date)[];
  allowBlank?: boolean;
  errorTitle?: string;
  error?: string;
}

export interface XlsxPrint {
  landscape?: boolean;
  /** 9 is A4 */
  paperSize?: number;
  /** fit to this many pages wide (0: as many as needed); likewise tall */
  fitToWidth?: number;
  fitToHeight?: number;
  /** inches */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** rows repeated at the top of every printed page, first and last (1-based) */
  titleRows?: [number, number];
  /** in Excel's header/footer codes: "&C&\"-,Bold\"Title", "&L…&R第 &P 页" */
  header?: string;
  footer?: string;
}

export interface XlsxSheet {
  /** at most 31 characters, none of []:*?/\ */
  name: string;
  /** widths in characters, index 0 is column A */
  columns: { width: number }[];
  /** index 0 is row 1 */
  rows: XlsxRow[];
  /** rows frozen at the top (the header) */
  frozenRows?: number;
  /** ranges such as "A2:A5" */
  merges?: string[];
  validations?: XlsxValidation[];
  /** protected without a password; what users may still do besides selecting and typing in unlocked cells */
  protection?: { formatCells?: boolean; formatColumns?: boolean; formatRows?: boolean };
  print?: XlsxPrint;
}

export interface XlsxBook {
  creator?: string;
  title?: string;
  created?: Date;
  sheets: XlsxSheet[];
}

/** 1 → A, 27 → AA */
export function columnLetter(n: number): string {
  let s = "";
  for (let m = n; m > 0; m = Math.floor((m - 1) / 26)) s = String.fromCharCode(65 + ((m - 1) % 26)) + s;
  return s;
}

/** The cell at a 1-based row and column, made (empty) when it is not there yet. */
export function cellAt(sheet: XlsxSheet, row: number, column: number): XlsxCell {
  for (let r = sheet.rows.length; r < row; r++) sheet.rows.push({ cells: [] });
  const cells = sheet.rows[row - 1].cells;
  return (cells[column - 1] ??= { value: null });
}

const DATE_FORMAT = "yyyy-mm-dd";
const MS_PER_DAY = 86_400_000;
/** days from Excel's day 0 (1899-12-30, in the 1900 date system) to 1970-01-01 */
const EPOCH_SERIAL = 25569;

/** A date as Excel's serial day number, the date's UTC clock time as the day's fraction. */
export function excelSerial(d: Date): number {
  return EPOCH_SERIAL + d.getTime() / MS_PER_DAY;
}

/** Excel's limits, a row at most 409 points high and a column at most 255 characters wide: more is written as the limit. */
const MAX_ROW_HEIGHT = 409;
const MAX_COLUMN_WIDTH = 255;
/** none of []:*?/\ anywhere, no apostrophe first or last */
const INVALID_SHEET_NAME = /[[\]:*?/\\]|^'|'$/;

export function writeXlsx(book: XlsxBook): Uint8Array {
  if (book.sheets.length === 0) throw new Error("a workbook needs a sheet");
  const names = new Set<string>();
  for (const s of book.sheets) {
    if (!s.name || s.name.length > 31 || INVALID_SHEET_NAME.test(s.name)) throw new Error(`invalid sheet name "${s.name}"`);
    // Excel compares sheet names without regard to case; two alike make the workbook unreadable
    const folded = s.name.toLowerCase();
    if (names.has(folded)) throw new Error(`duplicate sheet name "${s.name}"`);
    names.add(folded);
  }
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const sheetXml = book.sheets.map((s, i) => worksheetXml(s, i === 0, styles, strings));
  const created = book.created ?? new Date();
  const parts: [string, string][] = [
    ["[Content_Types].xml", contentTypesXml(book.sheets.length)],
    ["_rels/.rels", ROOT_RELS],
    ["docProps/core.xml", coreXml(book, created)],
    ["docProps/app.xml", APP_XML],
    ["xl/workbook.xml", workbookXml(book.sheets)],
    ["xl/_rels/workbook.xml.rels", workbookRelsXml(book.sheets.length)],
    ["xl/styles.xml", styles.xml()],
    ["xl/sharedStrings.xml", strings.xml()],
    ...sheetXml.map((xml, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
  ];
  return zip(
    parts.map(([name, xml]) => ({ name, data: Buffer.from(xml, "utf8") })),
    created,
  );
}

/** Every text of the workbook once, cells referring to it by index: a repeated 责任科室 is stored once. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;

  idOf(s: string): number {
    this.count++;
    let id = this.index.get(s);
    if (id === undefined) {
      id = this.index.size;
      this.index.set(s, id);
    }
    return id;
  }

  xml(): string {
    const items: string[] = [];
    for (const s of this.index.keys()) {
      // without xml:space="preserve" a reader may drop leading and trailing spaces and line breaks
      items.push(/^\s|\s$|\n/.test(s) ? `<si><t xml:space="preserve">${xmlText(s)}</t></si>` : `<si><t>${xmlText(s)}</t></si>`);
    }
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.index.size}">${items.join("")}</sst>`;
  }
}

/**
 * The rows as <sheetData>'s content, the hot loop of a workbook: one concatenation per cell, the style's
 * ` s="…"` made once per style. An empty cell is written only when it has a style (a border, a fill).
 */
function sheetDataXml(sheet: XlsxSheet, letters: readonly string[], styles: StyleTable, strings: SharedStrings): string {
  let xml = "";
  for (let i = 0; i < sheet.rows.length; i++) {
    const row = sheet.rows[i];
    const n = String(i + 1);
    let cells = "";
    for (let j = 0; j < row.cells.length; j++) {
      const cell = row.cells[j];
      const rest = cell ? cellXml(cell, styles, strings) : "";
      if (rest) cells += '<c r="' + letters[j] + n + '"' + rest;
    }
    const height = row.height === undefined ? "" : ` ht="${Math.min(MAX_ROW_HEIGHT, row.height)}" customHeight="1"`;
    if (cells || height) xml += '<row r="' + n + '"' + height + ">" + cells + "</row>";
  }
  return xml;
}

/** A cell's XML after `<c r="B7"`: its style, type and value (` s="3" t="s"><v>7</v></c>`); "" when it is empty and unstyled. */
function cellXml(cell: XlsxCell, styles: StyleTable, strings: SharedStrings): string {
  const value = cell.value;
  const s = styles.attrOf(cell.style);
  switch (typeof value) {
    case "string":
      return s + ' t="s"><v>' + strings.idOf(value) + "</v></c>";
    case "number":
      // XML cannot hold NaN or infinity as a cell's number: the cell is left empty
      if (Number.isFinite(value)) return s + "><v>" + value + "</v></c>";
      break;
    case "boolean":
      return s + ' t="b"><v>' + (value ? 1 : 0) + "</v></c>";
    case "object":
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) break;
        const dated = cell.style?.numFmt ? s : styles.attrOf({ ...cell.style, numFmt: DATE_FORMAT });
        return dated + "><v>" + excelSerial(value) + "</v></c>";
      }
      if (value) return s + "><f>" + xmlAttr(value.formula) + "</f><v>" + (Number.isFinite(value.result) ? value.result : 0) + "</v></c>";
  }
  return s ? s + "/>" : "";
}

function worksheetXml(sheet: XlsxSheet, first: boolean, styles: StyleTable, strings: SharedStrings): string {
  let width = Math.max(sheet.columns.length, 1);
  for (const r of sheet.rows) width = Math.max(width, r.cells.length);
  const letters = Array.from({ length: width }, (_, i) => columnLetter(i + 1));
  const data = sheetDataXml(sheet, letters, styles, strings);
  const frozen = sheet.frozenRows ?? 0;
  const topLeft = `A${frozen + 1}`;
  const view = frozen
    ? `<pane ySplit="${frozen}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/>`
    : "";
  const print = sheet.print;
  const p = sheet.protection;
  // a 0 says "not protected": users may do it on the protected sheet
  const allow = (what: keyof NonNullable<XlsxSheet["protection"]>) => (p?.[what] ? ` ${what}="0"` : "");
  return [
    XML_HEAD,
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
    print?.fitToWidth !== undefined || print?.fitToHeight !== undefined ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "",
    `<dimension ref="A1:${letters[width - 1]}${Math.max(1, sheet.rows.length)}"/>`,
    `<sheetViews><sheetView${first ? ' tabSelected="1"' : ""} workbookViewId="0">${view}</sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    sheet.columns.length
      ? `<cols>${sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(MAX_COLUMN_WIDTH, c.width)}" customWidth="1"/>`).join("")}</cols>`
      : "",
    `<sheetData>${data}</sheetData>`,
    p ? `<sheetProtection sheet="1"${allow("formatCells")}${allow("formatColumns")}${allow("formatRows")}/>` : "",
    sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
      : "",
    sheet.validations?.length
      ? `<dataValidations count="${sheet.validations.length}">${sheet.validations.map(validationXml).join("")}</dataValidations>`
      : "",
    print ? printXml(print) : "",
    "</worksheet>",
  ].join("");
}

function validationXml(v: XlsxValidation): string {
  const formula = (f: string | Date, i: number) => {
    const text = f instanceof Date ? String(excelSerial(f)) : xmlAttr(f);
    return `<formula${i + 1}>${text}</formula${i + 1}>`;
  };
  return [
    `<dataValidation type="${v.type}"${v.type === "date" ? ' operator="between"' : ""}`,
    v.allowBlank ? ' allowBlank="1"' : "",
    v.error !== undefined ? ` showErrorMessage="1" errorTitle="${xmlAttr(v.errorTitle ?? "")}" error="${xmlAttr(v.error)}"` : "",
    ` sqref="${v.ref}">${v.formulae.map(formula).join("")}</dataValidation>`,
  ].join("");
}

function printXml(p: XlsxPrint): string {
  const m = p.margins;
  const setup = [
    p.paperSize !== undefined ? ` paperSize="${p.paperSize}"` : "",
    p.landscape ? ' orientation="landscape"' : "",
    p.fitToWidth !== undefined ? ` fitToWidth="${p.fitToWidth}"` : "",
    p.fitToHeight !== undefined ? ` fitToHeight="${p.fitToHeight}"` : "",
  ].join("");
  const headerFooter =
    p.header || p.footer
      ? `<headerFooter>${p.header ? `<oddHeader>${xmlAttr(p.header)}</oddHeader>` : ""}${p.footer ? `<oddFooter>${xmlAttr(p.footer)}</oddFooter>` : ""}</headerFooter>`
      : "";
  return [
    m
      ? `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`
      : "",
    setup ? `<pageSetup${setup}/>` : "",
    headerFooter,
  ].join("");
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE = "application/vnd.openxmlformats-officedocument";

function contentTypesXml(sheets: number): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return [
    XML_HEAD,
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    override("/xl/workbook.xml", `${OFFICE}.spreadsheetml.sheet.main+xml`),
    ...Array.from({ length: sheets }, (_, i) => override(`/xl/worksheets/sheet${i + 1}.xml`, `${OFFICE}.spreadsheetml.worksheet+xml`)),
    override("/xl/styles.xml", `${OFFICE}.spreadsheetml.styles+xml`),
    override("/xl/sharedStrings.xml", `${OFFICE}.spreadsheetml.sharedStrings+xml`),
    override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    override("/docProps/app.xml", `${OFFICE}.extended-properties+xml`),
    "</Types>",
  ].join("");
}

const ROOT_RELS = [
  XML_HEAD,
  `<Relationships xmlns="${PKG_REL_NS}">`,
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>`,
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
  `<Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/>`,
  "</Relationships>",
].join("");

const APP_XML = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`;

function coreXml(book: XlsxBook, created: Date): string {
  // W3CDTF without milliseconds, as Office writes it
  const at = created.toISOString().replace(/\.\d{3}Z$/, "Z");
  return [
    XML_HEAD,
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    book.creator ? `<dc:creator>${xmlAttr(book.creator)}</dc:creator>` : "",
    book.title ? `<dc:title>${xmlAttr(book.title)}</dc:title>` : "",
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>`,
    "</cp:coreProperties>",
  ].join("");
}

/** A sheet's name in a formula: quoted, a quote inside doubled. */
const quotedName = (name: string) => `'${name.replace(/'/g, "''")}'`;

function workbookXml(sheets: readonly XlsxSheet[]): string {
  const printTitles = sheets.flatMap((s, i) => {
    const rows = s.print?.titleRows;
    if (!rows) return [];
    const ref = `${quotedName(s.name)}!$${rows[0]}:$${rows[1]}`;
    return [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlAttr(ref)}</definedName>`];
  });
  return [
    XML_HEAD,
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
    '<bookViews><workbookView activeTab="0"/></bookViews>',
    `<sheets>${sheets.map((s, i) => `<sheet name="${xmlAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>`,
    printTitles.length ? `<definedNames>${printTitles.join("")}</definedNames>` : "",
    '<calcPr calcId="171027"/>',
    "</workbook>",
  ].join("");
}

function workbookRelsXml(sheets: number): string {
  const rel = (id: number, type: string, target: string) => `<Relationship Id="rId${id}" Type="${REL_NS}/${type}" Target="${target}"/>`;
  return [
    XML_HEAD,
    `<Relationships xmlns="${PKG_REL_NS}">`,
    ...Array.from({ length: sheets }, (_, i) => rel(i + 1, "worksheet", `worksheets/sheet${i + 1}.xml`)),
    rel(sheets + 1, "styles", "styles.xml"),
    rel(sheets + 2, "sharedStrings", "sharedStrings.xml"),
    "</Relationships>",
  ].join("");
}
