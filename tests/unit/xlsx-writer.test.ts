// The direct XLSX writer (#12 goal 5): its ZIP container, XML escaping, number formats and cells, checked against
// hand-written expectations, then whole workbooks read back by ExcelJS (the reader the app and the tests use), by
// JSZip and by an XML parser (every part well-formed), and recognised as xlsx by file-type (an exported workbook
// may come back as evidence).
import { crc32 } from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { detectedType } from "../../lib/server/evidence/file-content";
import { assertZipWithin, loadWorkbook, worksheetRows } from "../../lib/server/sheets/read-workbook";
import { addTableSheet, newWorkbook, workbookBytes } from "../../lib/server/sheets/table-sheet";
import { cellAt, columnLetter, excelSerial, writeXlsx, type XlsxBook } from "../../lib/server/sheets/xlsx-writer";
import { StyleTable } from "../../lib/server/sheets/xlsx-styles";
import { xmlAttr, xmlText } from "../../lib/server/sheets/xml-text";
import { tableCrc32, zip } from "../../lib/server/sheets/zip";

const FOX = "The quick brown fox jumps over the lazy dog";

describe("zip", () => {
  // past the size from which a package is deflated (64 KiB)
  const rows = "<row/>".repeat(12_000);
  const bytes = zip([
    { name: "fox.txt", data: Buffer.from(FOX) },
    { name: "xl/rows.xml", data: Buffer.from(rows) },
    { name: "dir/empty.txt", data: new Uint8Array(0) },
  ]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  it("stores a small entry, with its CRC-32 and sizes in the local header", () => {
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0); // stored
    // the CRC-32 of this sentence is the textbook 414FA339
    expect(view.getUint32(14, true)).toBe(0x414fa339);
    expect([view.getUint32(18, true), view.getUint32(22, true)]).toEqual([43, 43]);
    expect(new TextDecoder().decode(bytes.subarray(30, 37))).toBe("fox.txt");
    expect(new TextDecoder().decode(bytes.subarray(37, 37 + 43))).toBe(FOX);
  });

  it("deflates a large one", () => {
    const second = 30 + 7 + 43;
    expect(view.getUint32(second, true)).toBe(0x04034b50);
    expect(view.getUint16(second + 8, true)).toBe(8); // deflate
    expect(view.getUint32(second + 22, true)).toBe(72_000);
    expect(view.getUint32(second + 18, true)).toBeLessThan(1000);
  });

  it("stores every part of a small package, however compressible", async () => {
    const small = zip([{ name: "xl/rows.xml", data: Buffer.from("<row/>".repeat(1000)) }]);
    expect(new DataView(small.buffer, small.byteOffset).getUint16(8, true)).toBe(0); // stored
    expect(await (await JSZip.loadAsync(small)).file("xl/rows.xml")!.async("string")).toBe("<row/>".repeat(1000));
  });

  it("computes the CRC-32 without zlib's (Node before 20.15) as zlib does", () => {
    expect(tableCrc32(Buffer.from(FOX))).toBe(0x414fa339);
    expect(tableCrc32(new Uint8Array(0))).toBe(0);
    const bytes = Buffer.from(rows + "益阳\u0000");
    expect(tableCrc32(bytes)).toBe(crc32(bytes));
  });

  it("ends with a directory of the entries, and reads back in JSZip and the upload check", async () => {
    const eocd = bytes.byteLength - 22;
    expect(view.getUint32(eocd, true)).toBe(0x06054b50);
    expect(view.getUint16(eocd + 10, true)).toBe(3);
    expect(() => assertZipWithin(bytes)).not.toThrow();
    const read = await JSZip.loadAsync(bytes);
    expect(await read.file("fox.txt")!.async("string")).toBe(FOX);
    expect(await read.file("xl/rows.xml")!.async("string")).toBe(rows);
    expect(await read.file("dir/empty.txt")!.async("string")).toBe("");
  });
});

describe("XML text", () => {
  it("escapes markup in cell text and attributes", () => {
    expect(xmlText("R&D <5>")).toBe("R&amp;D &lt;5&gt;");
    expect(xmlAttr('say "hi" & <go>')).toBe("say &quot;hi&quot; &amp; &lt;go&gt;");
  });

  it("writes the control characters XML 1.0 forbids as Excel's _xHHHH_, and escapes a literal _xHHHH_", () => {
    expect(xmlText("a\u0001b\u000Bc\u001Fd\uFFFF")).toBe("a_x0001_b_x000B_c_x001F_d_xFFFF_");
    expect(xmlText("code _x0041_ stays")).toBe("code _x005F_x0041_ stays");
    expect(xmlText("snake_case _x12_")).toBe("snake_case _x12_");
    // tab and line feed are fine in text; a carriage return would read back as a line feed
    expect(xmlText("a\tb\r\nc")).toBe("a\tb&#13;\nc");
  });

  it("keeps tabs and line breaks of an attribute as references and drops forbidden characters there", () => {
    expect(xmlAttr("a\tb\nc\u0002d")).toBe("a&#9;b&#10;cd");
  });
});

describe("styles", () => {
  it("uses Excel's built-in number format ids and numbers the others from 164", () => {
    const styles = new StyleTable();
    expect(styles.numFmtId("General")).toBe(0);
    expect(styles.numFmtId("0.00")).toBe(2);
    expect(styles.numFmtId("0%")).toBe(9);
    expect(styles.numFmtId("0.0%")).toBe(164);
    expect(styles.numFmtId('General" 项"')).toBe(165);
    expect(styles.numFmtId("0.0%")).toBe(164);
    expect(styles.xml()).toContain(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="General&quot; 项&quot;"/></numFmts>',
    );
  });

  it("gives equal styles one index, 0 to none", () => {
    const styles = new StyleTable();
    expect(styles.idOf(undefined)).toBe(0);
    expect(styles.idOf({ bold: true, fill: "FFDDE6F0" })).toBe(1);
    expect(styles.idOf({ numFmt: "0.00" })).toBe(2);
    expect(styles.idOf({ fill: "FFDDE6F0", bold: true })).toBe(1);
    expect(styles.xml()).toContain(
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
    );
  });
});

describe("cells", () => {
  it("numbers columns as Excel does and dates as serial days", () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
    // 2013-10-31 is day 41578 of the 1900 date system
    expect(excelSerial(new Date("2013-10-31T00:00:00.000Z"))).toBe(41578);
    expect(excelSerial(new Date("1970-01-01T12:00:00.000Z"))).toBe(25569.5);
  });

  it("writes text as a shared string, a number as <v>, a formula with its result, nothing for an empty or NaN unstyled cell", async () => {
    const book: XlsxBook = {
      sheets: [
        {
          name: "S",
          columns: [],
          rows: [
            {
              cells: [
                { value: "=1+1" },
                { value: 2.5 },
                { value: { formula: "SUM(B1:B1)", result: 2.5 } },
                { value: null },
                { value: NaN },
              ],
            },
          ],
        },
      ],
    };
    const xml = await (await JSZip.loadAsync(writeXlsx(book))).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toContain('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2.5</v></c><c r="C1"><f>SUM(B1:B1)</f><v>2.5</v></c></row>');
  });

  it("refuses a sheet name Excel would not open", () => {
    const named = (name: string) => () => writeXlsx({ sheets: [{ name, columns: [], rows: [] }] });
    expect(named("a/b")).toThrow(/invalid sheet name/);
    expect(named("x".repeat(32))).toThrow(/invalid sheet name/);
    expect(named("'年终")).toThrow(/invalid sheet name/);
    expect(named("年终考评计分表")).not.toThrow();
    // Excel compares names without regard to case
    const twice = { name: "Items", columns: [], rows: [] };
    expect(() => writeXlsx({ sheets: [twice, { ...twice, name: "ITEMS" }] })).toThrow(/duplicate sheet name/);
  });

  it("writes booleans, leaves an invalid date empty, and keeps heights and widths within Excel's limits", async () => {
    const book: XlsxBook = {
      sheets: [
        {
          name: "S",
          columns: [{ width: 300 }],
          rows: [
            {
              cells: [{ value: true }, { value: new Date(Number.NaN) }, { value: Number.POSITIVE_INFINITY, style: { bold: true } }],
              height: 600,
            },
          ],
        },
      ],
    };
    const xml = await (await JSZip.loadAsync(writeXlsx(book))).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toContain('<row r="1" ht="409" customHeight="1"><c r="A1" t="b"><v>1</v></c><c r="C1" s="1"/></row>');
    expect(xml).toContain('<col min="1" max="1" width="255" customWidth="1"/>');
  });
});

/** A table sheet with every feature the app's workbooks use, then the month sheet's extras. */
function sampleBook(): XlsxBook {
  const book = newWorkbook();
  book.title = "益阳 & 测试";
  const sheet = addTableSheet(book, {
    name: "年终考评计分表",
    title: "计划 & 计分表",
    footer: "截至：2013-12-31",
    columns: [
      { key: "label", header: "领域", width: 18, wrap: true },
      { key: "ratio", header: "完成度", width: 9, numFmt: "0.0%" },
      { key: "score", header: "得分", width: 10, numFmt: "0.00" },
      { key: "count", header: "目标值", width: 12 },
    ],
    rows: [
      {
        id: "a",
        kind: "data",
        cells: { label: '=HYPERLINK("x")', ratio: 0.8, score: 13.3333, count: 5 },
        numFmts: { count: 'General" 个"' },
      },
      { id: "b", kind: "data", cells: { label: "第二行\n换行 _x0041_ \u0007铃", ratio: null, score: 0, count: null } },
      { kind: "subtotal", cells: { label: "小计", score: 13.3333 }, sum: { columns: ["score"], range: ["a", "b"] } },
      { kind: "total", cells: { label: "总分", score: 0 }, sum: { columns: ["score"], rows: [] } },
    ],
  });
  sheet.merges = ["D3:D4"];
  sheet.rows[1].height = 35.5;
  const input = cellAt(sheet, 2, 4);
  input.style = { ...input.style, unlocked: true, fill: "FFFFF7D6" };
  const date = cellAt(sheet, 3, 2);
  date.value = new Date("2013-10-31T00:00:00.000Z");
  sheet.validations = [
    { ref: "D2", type: "list", allowBlank: true, formulae: ['"是"'], errorTitle: "请从列表中选择", error: "只能填“是”或留空" },
    {
      ref: "B3",
      type: "date",
      allowBlank: true,
      formulae: [new Date("2013-01-01T00:00:00.000Z"), new Date("2013-12-31T00:00:00.000Z")],
      errorTitle: "报送日期",
      error: "须为年度内的日期",
    },
  ];
  sheet.protection = { formatCells: true, formatColumns: true, formatRows: true };
  addTableSheet(book, { name: "填写说明", title: "说明", columns: [{ key: "t", header: "内容", width: 100 }], rows: [] });
  return book;
}

describe("a whole workbook", () => {
  const bytes = workbookBytes(sampleBook());

  it("reads back in ExcelJS: names, values, formats, bold header, widths, frozen pane, merges, heights", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["年终考评计分表", "填写说明"]);
    expect([workbook.title, workbook.creator]).toEqual(["益阳 & 测试", "绩效目标追踪"]);
    const ws = workbook.getWorksheet("年终考评计分表")!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1, topLeftCell: "A2" });
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual([18, 9, 10, 12]);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(["领域", "完成度", "得分", "目标值"]);
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A1").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDE6F0" } });
    expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(ws.getCell("A2").font?.bold).toBeFalsy();
    expect(ws.getCell("A2").border?.top).toMatchObject({ style: "thin", color: { argb: "FFB0B7BF" } });
    // typed text stays text, never a formula
    expect(ws.getCell("A2").value).toBe('=HYPERLINK("x")');
    expect(ws.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect([ws.getCell("B2").value, ws.getCell("B2").numFmt]).toEqual([0.8, "0.0%"]);
    expect([ws.getCell("C2").value, ws.getCell("C2").numFmt]).toEqual([13.3333, "0.00"]);
    expect([ws.getCell("D2").value, ws.getCell("D2").numFmt]).toEqual([5, 'General" 个"']);
    expect(ws.getCell("A3").value).toBe("第二行\n换行 _x0041_ \u0007铃");
    expect(ws.getCell("B3").value).toEqual(new Date("2013-10-31T00:00:00.000Z"));
    expect(ws.getCell("B3").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("C3").value).toBe(0);
    expect(ws.getCell("C4").value).toEqual({ formula: "SUM(C2:C3)", result: 13.3333 });
    expect(ws.getCell("A4").font?.bold).toBe(true);
    expect(ws.getCell("A4").fill).toMatchObject({ fgColor: { argb: "FFEEF3F8" } });
    // a sum over no rows is the figure itself, not an empty SUM()
    expect(ws.getCell("C5").value).toBe(0);
    expect(ws.getCell("D4").isMerged).toBe(true);
    expect(ws.getRow(2).height).toBe(35.5);
    expect(ws.rowCount).toBe(5);
  });

  it("keeps the month sheet's protection, unlocked inputs and validations, and the printed page", async () => {
    const ws = (await loadWorkbook(bytes)).getWorksheet("年终考评计分表")!;
    // ExcelJS keeps the parsed <sheetProtection> on the worksheet at run time; its typings leave the field out
    const { sheetProtection } = ws as ExcelJS.Worksheet & { sheetProtection?: Partial<ExcelJS.WorksheetProtection> & { sheet?: boolean } };
    expect(sheetProtection).toMatchObject({ sheet: true, formatCells: true, formatColumns: true, formatRows: true });
    expect(ws.getCell("D2").protection?.locked).toBe(false);
    expect(ws.getCell("D2").fill).toMatchObject({ fgColor: { argb: "FFFFF7D6" } });
    expect(ws.getCell("C2").protection?.locked).not.toBe(false);
    expect(ws.getCell("D2").dataValidation).toMatchObject({ type: "list", formulae: ['"是"'], error: "只能填“是”或留空" });
    expect(ws.getCell("B3").dataValidation).toMatchObject({
      type: "date",
      operator: "between",
      formulae: [new Date("2013-01-01T00:00:00.000Z"), new Date("2013-12-31T00:00:00.000Z")],
    });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    });
    expect(ws.headerFooter).toMatchObject({ oddHeader: '&C&"-,Bold"计划 && 计分表', oddFooter: "&L截至：2013-12-31&R第 &P 页，共 &N 页" });
  });

  it("reads back through the app's own reader as the rows of text an import sees", async () => {
    const rows = worksheetRows((await loadWorkbook(bytes)).worksheets[0]);
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[2].cells).toEqual(["第二行\n换行 _x0041_ \u0007铃", "2013-10-31", "0", ""]);
    expect(rows[3].cells.slice(0, 3)).toEqual(["小计", "", "13.3333"]);
  });

  it("is a package of well-formed XML parts that file-type recognises as xlsx", async () => {
    const read = await JSZip.loadAsync(bytes);
    const names = Object.keys(read.files);
    expect(names[0]).toBe("[Content_Types].xml");
    expect(names).toEqual(
      expect.arrayContaining([
        "xl/workbook.xml",
        "xl/styles.xml",
        "xl/sharedStrings.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
      ]),
    );
    for (const name of names) {
      const parser = new SaxesParser();
      let error: Error | null = null;
      parser.on("error", (e) => (error ??= e));
      parser.write(await read.file(name)!.async("string")).close();
      expect(error, name).toBeNull();
    }
    expect(await detectedType(bytes)).toBe("xlsx");
  });
});
