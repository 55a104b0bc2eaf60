import type { Shape } from "./shape";

/**
 * Messages of the 绩效计划书 page (app/plans/[planId]/document): the page's own controls. The document's text —
 * its headings, numbers and the plan's words — is the plan's and stays as written (lib/domain/plan-document.ts).
 * Merged into lib/i18n/messages.ts at the top level; the English object must have the same keys (typecheck fails otherwise).
 */
export const planDocumentZh = {
  planDocument: {
    link: "计划书原文",
    back: "返回计划总览",
    intro:
      "按计划书原文的结构生成：单位主要职责、绩效指标及目标值（含各项分值）、实施安排和其他情况说明，以及签章栏。内容随计划修改而更新。",
    download: "下载 .docx",
    print: "打印",
    paper: "绩效计划书",
    signatures: "签章栏",
  },
};

export const planDocumentEn: Shape<typeof planDocumentZh> = {
  planDocument: {
    link: "Plan document",
    back: "Back to the plan dashboard",
    intro:
      "Generated in the structure of the plan document: the unit's main duties, the targets and their values (with each one's points), the arrangements for carrying them out, other notes and the signature blocks. It follows every change to the plan. The document's own text is Chinese.",
    download: "Download .docx",
    print: "Print",
    paper: "Plan document",
    signatures: "Signature blocks",
  },
};
