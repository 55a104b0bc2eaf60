import Link from "next/link";
import { PlanDocumentPaper } from "../../../../components/plan-document/PlanDocumentPaper";
import { PrintButton } from "../../../../components/reviews/PrintButton";
import { graphql } from "../../../../graphql/generated/client";
import { runOperation } from "../../../../graphql/execute";
import { requirePageContext } from "../../../_lib/request-context";
import "./plan-document.css";

const PlanDocumentQuery = graphql(`
  query PlanDocumentPage($planId: ID!) {
    planDocument(planId: $planId) {
      planId
      title
      signatures
      dateLine
      blocks {
        kind
        level
        number
        text
        targetIds
      }
    }
  }
`);

/**
 * 绩效计划书 of a plan in its own structure (一、单位主要职责 … 四、其他情况说明, with the signature and seal lines), for
 * reading and printing on A4 portrait, and its Word file. Whoever reads the plan.
 */
export default async function PlanDocumentPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { user, t } = await requirePageContext(`/plans/${planId}/document`);
  const { planDocument: d } = await runOperation(PlanDocumentQuery, { planId }, user);
  const m = t.planDocument;
  return (
    <article className="plan-document-page">
      <p className="no-print">
        <Link href={`/plans/${d.planId}`}>← {m.back}</Link>
      </p>
      <p className="muted no-print">{m.intro}</p>
      <div className="toolbar no-print">
        <a className="button secondary" href={`/api/plans/${d.planId}/document`} download data-testid="download-plan-document">
          {m.download}
        </a>
        <PrintButton label={m.print} />
      </div>
      <PlanDocumentPaper document={d} t={t} />
    </article>
  );
}
