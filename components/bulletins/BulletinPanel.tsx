import Link from "next/link";
import type { Messages } from "../../lib/i18n/messages";

/** On the review page: what the 通报 is, a link to it (edit, issue, print) and its Word file. */
export function BulletinPanel({ reviewId, t }: { reviewId: string; t: Messages }) {
  return (
    <section className="panel no-print bulletin-panel" aria-labelledby="bulletin-panel-heading" data-testid="bulletin-panel">
      <h2 id="bulletin-panel-heading">{t.bulletin.sectionTitle}</h2>
      <p className="muted">{t.bulletin.sectionHint}</p>
      <p className="button-row">
        <Link className="button" href={`/reviews/${reviewId}/bulletin`} data-testid="open-bulletin">
          {t.bulletin.open}
        </Link>
        <a className="button secondary" href={`/api/reviews/${reviewId}/bulletin`} download>
          {t.bulletin.download}
        </a>
      </p>
    </section>
  );
}
