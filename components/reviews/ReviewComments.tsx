import type { ReviewCommentFieldsFragment } from "../../graphql/generated/client/graphql";
import { formatDateTime } from "../../lib/i18n/format";
import type { Locale } from "../../lib/i18n/messages";
import { listSeparator } from "../../lib/i18n/punctuation";

/** The 点评 on one target or one section, oldest first, with who wrote each and when. */
export function ReviewComments({ comments, locale }: { comments: readonly ReviewCommentFieldsFragment[]; locale: Locale }) {
  if (!comments.length) return null;
  return (
    <ul className="comment-list" data-testid="comments">
      {comments.map((c) => (
        <li key={c.id}>
          <span className="comment-body">{c.body}</span>
          <span className="muted">
            {" "}
            — {c.author.displayName}
            {listSeparator(locale, "comma")}
            {formatDateTime(c.createdAt, locale)}
          </span>
        </li>
      ))}
    </ul>
  );
}
