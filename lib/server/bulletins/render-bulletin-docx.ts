import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from "docx";
import { TextWatermark } from "docx/watermarks";
import { bulletinBlocks, bulletinTitle, type BulletinBlock } from "../../i18n/bulletin-text";
import { messages, type Locale } from "../../i18n/messages";
import type { BulletinView } from "./find-bulletin";

export interface BulletinFile {
  fileName: string;
  /** plain-ASCII fallback for old clients: bulletin-2013-Q3.docx */
  asciiName: string;
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
}

export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * 党政机关公文格式 (GB/T 9704-2012), as far as a generated file goes: A4, margins 37 / 35 / 28 / 26 mm, the title in
 * 小标宋 二号 centred, the body in 仿宋 三号 on a fixed 28-point line, first-level headings in 黑体 and second-level
 * ones in 楷体, 落款 and date to the right, the page number centred at the foot (— 1 —). Fonts are named with
 * their usual Windows fallbacks; English text uses Times New Roman.
 */
const FONT = {
  title: { eastAsia: "方正小标宋简体", ascii: "Times New Roman", hAnsi: "Times New Roman" },
  body: { eastAsia: "仿宋_GB2312", ascii: "Times New Roman", hAnsi: "Times New Roman" },
  heading: { eastAsia: "黑体", ascii: "Times New Roman", hAnsi: "Times New Roman" },
  subheading: { eastAsia: "楷体_GB2312", ascii: "Times New Roman", hAnsi: "Times New Roman" },
} as const;
/** half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt */
const SIZE = { title: 44, body: 32, table: 24 } as const;
const LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;
const INDENT = { firstLineChars: 200 } as const;
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

const run = (text: string, options: Omit<IRunOptions, "text"> = {}) => new TextRun({ text, font: FONT.body, size: SIZE.body, ...options });

function tableOf(block: Extract<BulletinBlock, { kind: "table" }>): Table {
  const cell = (text: string, numeric: boolean, header: boolean) =>
    new TableCell({
      borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
      margins: { left: 80, right: 80 },
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [run(text, { size: SIZE.table, bold: header, font: header ? FONT.heading : FONT.body })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((h, i) => cell(h, block.numeric[i], true)) }),
      ...block.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, block.numeric[i], false)) })),
    ],
  });
}

function paragraphsOf(block: BulletinBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "draft":
      return [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(block.text, { bold: true, color: "C00000" })] })];
    case "title":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 480, line: 700, lineRule: LineRuleType.EXACT },
          children: [new TextRun({ text: block.text, font: FONT.title, size: SIZE.title, bold: true })],
        }),
      ];
    case "addressee":
      return [new Paragraph({ spacing: LINE, children: [run(block.text)] })];
    case "heading":
      return [
        new Paragraph({
          spacing: LINE,
          indent: INDENT,
          keepNext: true,
          children: [run(block.text, { font: block.level === 1 ? FONT.heading : FONT.subheading })],
        }),
      ];
    case "paragraph":
      return [new Paragraph({ spacing: LINE, indent: INDENT, alignment: AlignmentType.JUSTIFIED, children: [run(block.text)] })];
    case "table":
      return [tableOf(block), new Paragraph({ spacing: { line: 240 }, children: [] })];
    case "signature":
      return [
        new Paragraph({ spacing: LINE, children: [] }),
        new Paragraph({ spacing: LINE, alignment: AlignmentType.RIGHT, indent: { right: 640 }, children: [run(block.unit)] }),
        new Paragraph({ spacing: LINE, alignment: AlignmentType.RIGHT, indent: { right: 640 }, children: [run(block.date)] }),
      ];
  }
}

/** 通报-2013-Q3-季度督查.docx / notice-2013-Q3-quarterly-inspection.docx */
export function bulletinFileName(b: Pick<BulletinView, "periodKey" | "kind">, locale: Locale) {
  const t = messages[locale];
  const kind = t.bulletin.kindName[b.kind].replace(/\s+/g, "-");
  return { fileName: `${t.bulletin.fileBase}-${b.periodKey}-${kind}.docx`, asciiName: `bulletin-${b.periodKey}.docx` };
}

/**
 * The 通报 as a Word file, block by block as the page prints it (lib/i18n/bulletin-text.ts), in the interface's
 * language. A draft carries a 草稿 watermark on every page and a label above the title.
 */
export async function renderBulletinDocx(b: BulletinView, locale: Locale): Promise<BulletinFile> {
  const t = messages[locale];
  const blocks = bulletinBlocks(b, t, locale);
  const document = new Document({
    creator: b.signature,
    title: bulletinTitle(b, t, locale),
    description: b.issued ? t.bulletin.statusIssued : t.bulletin.statusDraft,
    styles: { default: { document: { run: { font: FONT.body, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
            },
          },
        },
        headers: b.issued
          ? undefined
          : {
              default: new Header({
                children: [
                  new Paragraph({ children: [new TextWatermark({ text: t.bulletin.draftMark, font: "SimHei", color: "C0C0C0" })] }),
                ],
              }),
            },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: FONT.body, size: 28 })],
              }),
            ],
          }),
        },
        children: blocks.flatMap(paragraphsOf),
      },
    ],
  });
  return { ...bulletinFileName(b, locale), contentType: DOCX, body: new Uint8Array(await Packer.toBuffer(document)) };
}
