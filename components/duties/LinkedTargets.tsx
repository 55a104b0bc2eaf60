import Link from "next/link";
import type { DutyLinkFieldsFragment } from "../../graphql/generated/client/graphql";
import type { Messages } from "../../lib/i18n/messages";
import { UnlinkDutyButton } from "./UnlinkDutyButton";

/** The plan targets linked to a duty or work item, as small tags; administrators can remove a link. */
export function LinkedTargets({ links, canUnlink, t }: { links: DutyLinkFieldsFragment[]; canUnlink: boolean; t: Messages }) {
  if (links.length === 0) return null;
  return (
    <ul className="duty-links" aria-label={t.duties.linkedTargets}>
      {links.map((l) => (
        <li key={l.id} data-testid="duty-link" data-code={l.target.code}>
          <Link href={`/targets/${l.target.id}`} title={l.target.title}>
            {l.target.planYear} · {l.target.code} {l.target.title}
          </Link>
          {canUnlink ? <UnlinkDutyButton linkId={l.id} code={l.target.code} t={t} /> : null}
        </li>
      ))}
    </ul>
  );
}
