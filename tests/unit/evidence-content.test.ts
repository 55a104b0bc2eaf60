// What an evidence file's content must be for its extension (#11 "uploads"): magic bytes, read by file-type,
// must match the extension; names are cut to their last path component, cleaned of control characters and
// bounded. Samples are real headers (and real ZIP packages for the OOXML and OFD formats).
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { detectedType, refuseFileContent } from "../../lib/server/evidence/file-content";
import { zipPackage } from "../factories/files";
import { cleanFileName, EVIDENCE_CONTENT, EVIDENCE_TYPES, FILE_NAME_MAX, refuseContent, refuseFile } from "../../lib/validation/evidence";
import { zh } from "../factories/zh-text";

const enc = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  Uint8Array.from(parts.flatMap((p) => [...(typeof p === "string" ? enc(p) : p)]));

/** A ZIP archive with its entries stored (not compressed): what OOXML and OFD packages are. */
const storedZip = (entries: [string, string][]) => zipPackage(entries);

const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/main.xml" ContentType="${main}"/></Types>`;

const SAMPLES: Record<string, Uint8Array> = {
  pdf: enc("%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"),
  exe: bytes([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], "This program cannot be run in DOS mode."),
  png: Uint8Array.from(
    Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"),
  ),
  jpg: bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF", [0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]),
  gif: bytes("GIF89a", [0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00]),
  webp: bytes("RIFF", [0x24, 0x00, 0x00, 0x00], "WEBPVP8 ", new Uint8Array(24)),
  cfb: bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Uint8Array(504)),
  docx: storedZip([
    ["[Content_Types].xml", contentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")],
    ["word/document.xml", "<w:document/>"],
  ]),
  pptx: storedZip([
    ["[Content_Types].xml", contentTypes("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")],
    ["ppt/presentation.xml", "<p:presentation/>"],
  ]),
  docm: storedZip([
    ["[Content_Types].xml", contentTypes("application/vnd.ms-word.document.macroEnabled.main+xml")],
    ["word/document.xml", "<w:document/>"],
  ]),
  ofd: storedZip([
    ["OFD.xml", `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0"/>`],
    ["Doc_0/Document.xml", "<ofd:Document/>"],
  ]),
  text: enc("益阳市科技局 2013 年工作台账\n"),
};

async function xlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("台账").addRow(["高企数量", 133]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("the content rule", () => {
  it("has a signature for every allowed extension, and allows no other", () => {
    expect(Object.keys(EVIDENCE_CONTENT).sort()).toEqual(Object.keys(EVIDENCE_TYPES).sort());
    for (const detected of Object.values(EVIDENCE_CONTENT)) expect(detected.length).toBeGreaterThan(0);
  });

  it.each([
    ["批复.pdf", "pdf", null],
    ["批复.PDF", "pdf", null],
    ["照片.png", "apng", null],
    ["照片.jpeg", "jpg", null],
    ["台账.xls", "cfb", null],
    ["台账.xlsx", "xlsx", null],
    ["文稿.wps", "cfb", null],
    ["电子公文.ofd", "zip", null],
    ["通知.pdf", "exe", "文件内容与扩展名不符（实际为 exe）"],
    ["报告.docx", "xlsx", "文件内容与扩展名不符（实际为 xlsx）"],
    ["报告.docx", "docm", "文件内容与扩展名不符（实际为 docm）"],
    ["报告.docx", "zip", "文件内容与扩展名不符（实际为 zip）"],
    ["报告.doc", "docx", "文件内容与扩展名不符（实际为 docx）"],
    ["照片.jpg", "png", "文件内容与扩展名不符（实际为 png）"],
    ["报告.pdf", undefined, "文件内容与扩展名不符（实际为 无法识别的内容）"],
    ["run.exe", "exe", "不支持的文件类型「.exe」：仅限 PDF、图片和 Office 文件"],
    ["noextension", "pdf", "不支持的文件类型「无扩展名」：仅限 PDF、图片和 Office 文件"],
  ])("%s detected as %s → %s", (name, detected, expected) => {
    expect(zh(refuseContent(name, detected))).toBe(expected);
  });
});

describe("detection from real bytes", () => {
  it.each([
    ["pdf", "pdf"],
    ["exe", "exe"],
    ["png", "png"],
    ["jpg", "jpg"],
    ["gif", "gif"],
    ["webp", "webp"],
    ["cfb", "cfb"],
    ["docx", "docx"],
    ["pptx", "pptx"],
    ["docm", "docm"],
    ["ofd", "zip"],
    ["text", undefined],
  ])("a %s sample is detected as %s", async (sample, expected) => {
    expect(await detectedType(SAMPLES[sample])).toBe(expected);
  });

  it("detects a workbook written by ExcelJS as xlsx", async () => {
    expect(await detectedType(await xlsx())).toBe("xlsx");
  });

  it("accepts each format under its own extensions and refuses it under the others", async () => {
    const own: Record<string, string[]> = {
      pdf: [".pdf"],
      png: [".png"],
      jpg: [".jpg", ".jpeg"],
      gif: [".gif"],
      webp: [".webp"],
      cfb: [".doc", ".xls", ".ppt", ".wps"],
      docx: [".docx"],
      pptx: [".pptx"],
      ofd: [".ofd"],
    };
    for (const [sample, extensions] of Object.entries(own)) {
      for (const ext of Object.keys(EVIDENCE_TYPES)) {
        const refused = await refuseFileContent(`佐证${ext}`, SAMPLES[sample]);
        expect({ sample, ext, accepted: refused === null }).toEqual({ sample, ext, accepted: extensions.includes(ext) });
      }
    }
    expect(zh(await refuseFileContent("台账.xlsx", await xlsx()))).toBeNull();
    expect(zh(await refuseFileContent("台账.docx", await xlsx()))).toBe("文件内容与扩展名不符（实际为 xlsx）");
  });

  it("refuses a program under every allowed extension, and text under all of them", async () => {
    for (const ext of Object.keys(EVIDENCE_TYPES)) {
      expect(zh(await refuseFileContent(`通知${ext}`, SAMPLES.exe))).toBe("文件内容与扩展名不符（实际为 exe）");
      expect(zh(await refuseFileContent(`通知${ext}`, SAMPLES.text))).toBe("文件内容与扩展名不符（实际为 无法识别的内容）");
    }
  });
});

describe("file names", () => {
  it.each([
    ["益科发〔2013〕45号.pdf", "益科发〔2013〕45号.pdf"],
    ["../../etc/passwd.pdf", "passwd.pdf"],
    ["C:\\Users\\科员\\Desktop\\批复.pdf", "批复.pdf"],
    ["/abs/path\\mixed/名单.xlsx", "名单.xlsx"],
    ["报\u0000告\u0007\n\r\t.pdf", "报告.pdf"],
    ["invoice\u202Efdp.exe", "invoicefdp.exe"],
    ["\u200B  空格  .pdf  ", "空格  .pdf"],
    ["", ""],
  ])("%j → %j", (raw, clean) => {
    expect(cleanFileName(raw)).toBe(clean);
  });

  it(`cuts a long name to ${FILE_NAME_MAX} characters, keeping the extension`, () => {
    const long = `${"关于高新技术企业认定的批复".repeat(30)}.docx`;
    const cut = cleanFileName(long);
    expect([...cut].length).toBe(FILE_NAME_MAX);
    expect(cut.endsWith(".docx")).toBe(true);
    expect(long.startsWith(cut.slice(0, -".docx".length))).toBe(true);
    const exact = `${"名".repeat(FILE_NAME_MAX - 4)}.pdf`;
    expect(cleanFileName(exact)).toBe(exact);
    // characters outside the BMP count as one
    expect([...cleanFileName(`${"😀".repeat(300)}.pdf`)].length).toBe(FILE_NAME_MAX);
  });

  it("refuses by extension and size with the caps in words", () => {
    expect(zh(refuseFile("a.pdf", 0))).toBe("文件为空");
    expect(zh(refuseFile("a.pdf", 20 * 1024 * 1024))).toBeNull();
    expect(zh(refuseFile("a.pdf", 20 * 1024 * 1024 + 1))).toBe("文件超过 20 MB 上限");
    expect(zh(refuseFile("a.pdf", 2048, 1024))).toBe("文件超过 1 KB 上限");
    expect(zh(refuseFile("a.svg", 10))).toBe("不支持的文件类型「.svg」：仅限 PDF、图片和 Office 文件");
  });
});
