import type { SessionUser } from "../auth/session-user";
import { closeRectificationSchema } from "../../validation/review";
import { stepRectification } from "./rectification-step";
import { assertAssessorOf, parseInput } from "./review-rules";
import type { RectificationView } from "../rectifications/rectification-view";

/**
 * 销号: the assessors sign a notice off with a note on what was done — usually once the section has answered, or
 * directly when the section reported in another way (the note says so). Notices outlive their review, so a notice
 * can be signed off after the review itself was closed.
 */
export async function closeRectification(options: {
  user: SessionUser;
  rectificationId: string;
  closingNote: string;
  /** the notice's version the page was loaded with */
  expectedVersion: number;
  today?: string;
}): Promise<RectificationView> {
  const { closingNote } = parseInput(closeRectificationSchema, { closingNote: options.closingNote });
  return stepRectification({
    ...options,
    step: "CLOSE",
    action: "CLOSE_RECTIFICATION",
    authorize: (existing) => assertAssessorOf(options.user, existing.target.plan.unitId),
    update: (_, now) => ({ status: "CLOSED", closedAt: now, closedById: options.user.id, closingNote }),
    audited: (_, now) => ({ before: {}, after: { closedAt: now.toISOString(), closingNote } }),
  });
}
