import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { findWritableTarget } from "../progress/target-write";
import { refuseLink } from "../../validation/evidence";
import { answerRectificationSchema } from "../../validation/review";
import { writeEvidenceRows } from "../progress/evidence-rows";
import { stepRectification } from "./rectification-step";
import { parseInput } from "./review-rules";
import type { RectificationView } from "../rectifications/rectification-view";

/**
 * 整改情况: the section that owns the notice's target answers it (administrators may stand in), with links to its
 * evidence; files are uploaded to /api/rectifications/[id]/evidence. The notice waits for the assessors' sign-off
 * (待销号). Answering again after a send-back replaces the answer; every answer stays in the audit log.
 */
export async function answerRectification(options: {
  user: SessionUser;
  rectificationId: string;
  answer: string;
  links?: { url: string; title?: string | null }[] | null;
  expectedVersion: number;
  today?: string;
}): Promise<RectificationView> {
  const { answer, links } = parseInput(answerRectificationSchema, { answer: options.answer, links: options.links });
  for (const link of links ?? []) {
    const refused = refuseLink(link.url);
    if (refused) throw new AppError("BAD_USER_INPUT", refused, { fields: { links: refused } });
  }
  return stepRectification({
    ...options,
    step: "ANSWER",
    action: "ANSWER_RECTIFICATION",
    // the owning section's head, or an administrator of the unit (the same rule as reporting a figure)
    authorize: (existing) => findWritableTarget(options.user, existing.targetId),
    update: (_, now) => ({ status: "ANSWERED", answer, answeredAt: now, answeredById: options.user.id }),
    audited: (existing, now) => ({
      before: { answer: existing.answer },
      after: { answer, answeredAt: now.toISOString(), links: (links ?? []).map((l) => l.url) },
    }),
    alsoWrite: (tx, existing) =>
      writeEvidenceRows(
        tx,
        options.user,
        { targetId: existing.targetId, link: { rectificationId: existing.id } },
        (links ?? []).map((l) => ({ kind: "LINK", url: l.url, title: l.title || l.url })),
      ),
  });
}
