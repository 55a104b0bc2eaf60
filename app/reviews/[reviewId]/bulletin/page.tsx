import Link from "next/link";
import { BulletinDocument } from "../../../../components/bulletins/BulletinDocument";
import { BulletinForm } from "../../../../components/bulletins/BulletinForm";
import { BulletinWithdraw } from "../../../../components/bulletins/BulletinWithdraw";
import { PrintButton } from "../../../../components/reviews/PrintButton";
import { graphql } from "../../../../graphql/generated/client";
import { runOperation } from "../../../../graphql/execute";
import { fill, formatDateTime } from "../../../../lib/i18n/format";
import { requirePageContext } from "../../../_lib/request-context";
import "./bulletin.css";

const BulletinPage = graphql(`
  query BulletinPage($reviewId: ID!) {
    bulletin(reviewId: $reviewId) {
      ...BulletinFields
    }
  }
`);

/**
 * 通报 of a review: the notice as it prints (A4 portrait), its Word file and print; the unit's assessors write its
 * 主送 and remarks and issue it, after which it is frozen and dated the issue day.
 */
export default async function ReviewBulletinPage({ params }: { params: Promise<{ reviewId: string }> }) {
  const { reviewId } = await params;
  const { user, t, locale } = await requirePageContext(`/reviews/${reviewId}/bulletin`);
  const { bulletin: b } = await runOperation(BulletinPage, { reviewId }, user);
  const m = t.bulletin;
  return (
    <article className="bulletin-page" data-issued={b.issued ? "true" : "false"}>
      <p className="no-print">
        <Link href={`/reviews/${b.reviewId}`}>← {m.back}</Link>
      </p>
      <h1 className="no-print">{m.title}</h1>
      <p className="no-print" data-testid="bulletin-status">
        {b.issued ? (
          <>
            <span className="badge bulletin-issued">{m.statusIssued}</span>{" "}
            {fill(m.issuedOn, { name: b.issuedByName ?? "", at: b.issuedAt ? formatDateTime(b.issuedAt, locale) : "" })}
          </>
        ) : (
          <span className="badge bulletin-draft-badge">{m.statusDraft}</span>
        )}
      </p>
      <div className="toolbar no-print">
        <a className="button secondary" href={`/api/reviews/${b.reviewId}/bulletin`} download data-testid="download-bulletin">
          {m.download}
        </a>
        <PrintButton label={m.print} />
      </div>
      {b.viewerCanEdit && !b.issued ? (
        <BulletinForm reviewId={b.reviewId} version={b.version} addressee={b.addressee ?? null} remarks={b.remarks ?? null} t={t} />
      ) : (
        <p className="muted no-print">{b.issued ? m.frozen : m.readOnly}</p>
      )}
      {b.viewerCanEdit && b.issued ? <BulletinWithdraw reviewId={b.reviewId} version={b.version} t={t} /> : null}
      <BulletinDocument bulletin={b} t={t} locale={locale} />
    </article>
  );
}
