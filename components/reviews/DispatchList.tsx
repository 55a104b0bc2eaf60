import type { TargetKind, TargetStatus } from "../../graphql/generated/client/graphql";
import Link from "next/link";
import { formatDate } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { StatusBadge } from "../targets/StatusBadge";
import { latestValueText, targetValueText, windowText } from "../targets/target-format";
import { labelled } from "../../lib/i18n/punctuation";

type RectState = keyof Messages["review"]["rectState"];

export interface DispatchGroup {
  targets: {
    status: TargetStatus;
    value?: number | null;
    dueThisMonth: boolean;
    target: {
      id: string;
      code: string;
      title: string;
      kind: TargetKind;
      targetValue?: number | null;
      measureUnit?: string | null;
      window: { startMonth: number; endMonth: number; specified: boolean };
    };
  }[];
  rectifications: { id: string; targetId: string; state: RectState; code: string; title: string; deadline: string; notice: string }[];
}

/** One section's 调度 list: what it owes this month and its open 整改通知 (review page and section page). */
export function DispatchList({
  group,
  t,
  locale,
  testId,
}: {
  group: DispatchGroup | undefined;
  t: Messages;
  locale: Locale;
  testId?: string;
}) {
  if (!group || (group.targets.length === 0 && group.rectifications.length === 0)) {
    return <p className="muted">{t.review.noDispatch}</p>;
  }
  return (
    <ul className="review-list" data-testid={testId}>
      {group.targets.map((x) => (
        <li key={x.target.id} data-code={x.target.code}>
          <StatusBadge status={x.status} t={t} /> {x.target.code} {x.target.title}
          <span className="muted">
            {" "}
            · {windowText(x.target, t, locale)} · {latestValueText(x.target, x.value, null, t, locale)} /{" "}
            {targetValueText(x.target, t, locale)}
          </span>
          {x.dueThisMonth ? <strong className="due-tag"> {t.review.dueThisMonth}</strong> : null}
        </li>
      ))}
      {group.rectifications.map((r) => (
        <li key={r.id} data-testid="dispatch-rectification" data-state={r.state}>
          <span className={`badge rect-${r.state}`}>{t.review.rectState[r.state]}</span> {labelled(t.review.rectifications, "", t)}
          <Link href={`/targets/${r.targetId}`}>
            {r.code} {r.title}
          </Link>
          <span className="muted">
            {" "}
            · {t.review.deadline} {formatDate(r.deadline, locale)} · {r.notice}
          </span>
        </li>
      ))}
    </ul>
  );
}
