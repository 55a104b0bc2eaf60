import { AlignmentType, Paragraph, Tab, TabStopType, TextRun, convertMillimetersToTwip } from "docx";
import type { PlanDocumentBlock } from "../../domain/plan-document";
import type { PlanDocumentView } from "../plans/plan-document";
import { docxFile, FONT, gongwenDocument, INDENT, LINE, run, titleParagraph, type DocxFile } from "./docx-format";

/** the font of a heading by its level, as 公文 number them: 一、黑体 · （一）楷体 · 1、仿宋 bold */
const HEADING_FONT: Record<number, { font: (typeof FONT)[keyof typeof FONT]; bold?: boolean }> = {
  1: { font: FONT.heading },
  2: { font: FONT.subheading },
  3: { font: FONT.body, bold: true },
};

function paragraphOf(b: PlanDocumentBlock): Paragraph {
  const style = b.kind === "SECTION" || b.kind === "HEADING" ? (HEADING_FONT[b.level] ?? { font: FONT.body }) : { font: FONT.body };
  // the second line of a clause (②) stands under the first one's text, past its number
  const indent = b.kind === "ITEM" && b.number === "" ? { firstLineChars: 400 } : INDENT;
  return new Paragraph({
    spacing: LINE,
    indent,
    keepNext: b.kind !== "ITEM" && b.kind !== "TEXT",
    alignment: AlignmentType.JUSTIFIED,
    children: [run(`${b.number}${b.text}`, style)],
  });
}

/** 厅长（签章）：____ on a line each, then the date to the right, as the plan's first page has them. */
function signatureParagraphs(d: PlanDocumentView): Paragraph[] {
  const line = (label: string) =>
    new Paragraph({
      spacing: LINE,
      indent: INDENT,
      tabStops: [{ type: TabStopType.LEFT, position: convertMillimetersToTwip(120) }],
      children: [run(label), new TextRun({ children: [new Tab()], underline: {} })],
    });
  return [
    ...d.signatures.map(line),
    new Paragraph({ spacing: LINE, alignment: AlignmentType.RIGHT, indent: { right: 640 }, children: [run(d.dateLine)] }),
    new Paragraph({ spacing: LINE, children: [] }),
  ];
}

/** 湖南省益阳市科技局2013年绩效计划书.docx (plan-document-2013.docx for old clients) */
export function planDocumentFileName(d: Pick<PlanDocumentView, "title" | "year">) {
  return { fileName: `${d.title}.docx`, asciiName: `plan-document-${d.year}.docx` };
}

/**
 * The 绩效计划书 as a Word file (公文格式, lib/server/export/docx-format.ts): title, the signature and seal lines and
 * the date, then the document's blocks in order (lib/domain/plan-document.ts) — the same lines the print page shows.
 * The document's text is its own and Chinese whatever the interface's language.
 */
export async function renderPlanDocumentDocx(d: PlanDocumentView): Promise<DocxFile> {
  const document = gongwenDocument({
    creator: d.unitName,
    title: d.title,
    children: [titleParagraph(d.title), ...signatureParagraphs(d), ...d.blocks.map(paragraphOf)],
  });
  return docxFile(document, planDocumentFileName(d));
}
