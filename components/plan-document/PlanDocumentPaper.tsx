import type { Messages } from "../../lib/i18n/messages";

interface Block {
  kind: "SECTION" | "HEADING" | "ITEM" | "TEXT";
  level: number;
  number: string;
  text: string;
  targetIds: string[];
}

export interface PlanDocumentData {
  title: string;
  signatures: string[];
  dateLine: string;
  blocks: Block[];
}

function Line({ block }: { block: Block }) {
  const text = `${block.number}${block.text}`;
  const targets = block.targetIds.length > 0 ? block.targetIds.join(" ") : undefined;
  if (block.kind === "SECTION") return <h2 className="pd-section">{text}</h2>;
  if (block.kind === "HEADING")
    return block.level === 2 ? <h3 className="pd-heading pd-l2">{text}</h3> : <h4 className="pd-heading pd-l3">{text}</h4>;
  const cont = block.kind === "ITEM" && block.number === "";
  return (
    <p className={`pd-line pd-l${block.level}${cont ? " pd-cont" : ""}`} data-targets={targets}>
      {text}
    </p>
  );
}

/**
 * The 绩效计划书 as it prints (A4 portrait, app/plans/[planId]/document/plan-document.css): title, the signature and
 * seal lines and the date, then the same lines in the same order as the Word file
 * (lib/server/export/plan-document-docx.ts). The text is the document's own, in Chinese.
 */
export function PlanDocumentPaper({ document: d, t }: { document: PlanDocumentData; t: Messages }) {
  return (
    <section className="pd-paper" aria-label={t.planDocument.paper} data-testid="plan-document" lang="zh-CN">
      <h1 className="pd-title">{d.title}</h1>
      <div className="pd-signatures" aria-label={t.planDocument.signatures} data-testid="plan-document-signatures">
        {d.signatures.map((s) => (
          <p key={s} className="pd-sign">
            <span>{s}</span>
            <span className="pd-sign-space" aria-hidden="true" />
          </p>
        ))}
        <p className="pd-date">{d.dateLine}</p>
      </div>
      {d.blocks.map((b, i) => (
        <Line key={i} block={b} />
      ))}
    </section>
  );
}
