import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
  type ISectionOptions,
} from "docx";

/**
 * 党政机关公文格式 (GB/T 9704-2012), as far as a generated Word file goes, shared by the files this app writes (通报,
 * 绩效计划书): A4 portrait, margins 37 / 35 / 28 / 26 mm, the title in 小标宋 二号, the body in 仿宋 三号 on a fixed
 * 28-point line, first-level headings in 黑体 and second-level ones in 楷体, the page number centred at the foot
 * (— 1 —). Fonts are named with their usual Windows fallbacks; English text uses Times New Roman.
 */
export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const FONT = {
  title: { eastAsia: "方正小标宋简体", ascii: "Times New Roman", hAnsi: "Times New Roman" },
  body: { eastAsia: "仿宋_GB2312", ascii: "Times New Roman", hAnsi: "Times New Roman" },
  heading: { eastAsia: "黑体", ascii: "Times New Roman", hAnsi: "Times New Roman" },
  subheading: { eastAsia: "楷体_GB2312", ascii: "Times New Roman", hAnsi: "Times New Roman" },
} as const;
/** half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt */
export const SIZE = { title: 44, body: 32, table: 24 } as const;
export const LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;
/** two characters' first-line indent */
export const INDENT = { firstLineChars: 200 } as const;

/** A run of body text (仿宋 三号) unless the options say otherwise. */
export const run = (text: string, options: Omit<IRunOptions, "text"> = {}) =>
  new TextRun({ text, font: FONT.body, size: SIZE.body, ...options });

/** The title paragraph: 小标宋 二号, centred. */
export const titleParagraph = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 480, line: 700, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text, font: FONT.title, size: SIZE.title, bold: true })],
  });

/** A4 portrait with the 公文 margins. */
const GONGWEN_PAGE = {
  size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
  margin: {
    top: convertMillimetersToTwip(37),
    bottom: convertMillimetersToTwip(35),
    left: convertMillimetersToTwip(28),
    right: convertMillimetersToTwip(26),
  },
};

/** — 1 — centred at the foot of every page. */
const pageNumberFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: FONT.body, size: 28 })],
      }),
    ],
  });

/** One section on A4 with the 公文 margins, body text in 仿宋 三号 and the page number at the foot. */
export function gongwenDocument(options: {
  creator: string;
  title: string;
  description?: string;
  headers?: ISectionOptions["headers"];
  children: ISectionOptions["children"];
}): Document {
  const { headers, children, ...about } = options;
  return new Document({
    ...about,
    styles: { default: { document: { run: { font: FONT.body, size: SIZE.body } } } },
    sections: [{ properties: { page: GONGWEN_PAGE }, headers, footers: { default: pageNumberFooter() }, children }],
  });
}

export interface DocxFile {
  fileName: string;
  /** plain-ASCII fallback for old clients */
  asciiName: string;
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
}

export async function docxFile(document: Document, names: { fileName: string; asciiName: string }): Promise<DocxFile> {
  return { ...names, contentType: DOCX, body: new Uint8Array(await Packer.toBuffer(document)) };
}
