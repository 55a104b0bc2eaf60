import { AlignmentType, BorderStyle, Header, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import { TextWatermark } from "docx/watermarks";
import { bulletinBlocks, bulletinTitle, type BulletinBlock } from "../../i18n/bulletin-text";
import { messages, type Locale } from "../../i18n/messages";
import type { BulletinView } from "./find-bulletin";
import { docxFile, FONT, gongwenDocument, INDENT, LINE, run, SIZE, titleParagraph, type DocxFile } from "../export/docx-format";
import { reviewKindInText } from "../../i18n/review-title";

export type BulletinFile = DocxFile;

/**
 * 党政机关公文格式 (GB/T 9704-2012, lib/server/export/docx-format.ts): the title in 小标宋 二号 centred, the body in 仿宋
 * 三号, first-level headings in 黑体 and second-level ones in 楷体, 落款 and date to the right, the page number at the foot.
 */
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

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
      return [titleParagraph(block.text)];
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
  const kind = reviewKindInText(b.kind, t).replace(/\s+/g, "-");
  return { fileName: `${t.bulletin.fileBase}-${b.periodKey}-${kind}.docx`, asciiName: `bulletin-${b.periodKey}.docx` };
}

/**
 * The 通报 as a Word file, block by block as the page prints it (lib/i18n/bulletin-text.ts), in the interface's
 * language. A draft carries a 草稿 watermark on every page and a label above the title.
 */
export async function renderBulletinDocx(b: BulletinView, locale: Locale): Promise<BulletinFile> {
  const t = messages[locale];
  const blocks = bulletinBlocks(b, t, locale);
  const document = gongwenDocument({
    creator: b.signature,
    title: bulletinTitle(b, t, locale),
    description: b.issued ? t.bulletin.statusIssued : t.bulletin.statusDraft,
    headers: b.issued
      ? undefined
      : {
          default: new Header({
            children: [new Paragraph({ children: [new TextWatermark({ text: t.bulletin.draftMark, font: "SimHei", color: "C0C0C0" })] })],
          }),
        },
    children: blocks.flatMap(paragraphsOf),
  });
  return docxFile(document, bulletinFileName(b, locale));
}
