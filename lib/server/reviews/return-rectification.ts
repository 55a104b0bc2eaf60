import type { SessionUser } from "../auth/session-user";
import { returnRectificationSchema } from "../../validation/review";
import { stepRectification } from "./rectification-step";
import { assertAssessorOf, parseInput } from "./review-rules";
import type { RectificationView } from "../rectifications/rectification-view";

/**
 * 退回: the assessors send an answer back with what is still missing; the notice is open again (已退回, or 已逾期
 * once its deadline passes) until the section answers anew. The answer stays on the notice and in the audit log.
 */
export async function returnRectification(options: {
  user: SessionUser;
  rectificationId: string;
  reason: string;
  expectedVersion: number;
  today?: string;
}): Promise<RectificationView> {
  const { reason } = parseInput(returnRectificationSchema, { reason: options.reason });
  return stepRectification({
    ...options,
    step: "RETURN",
    action: "RETURN_RECTIFICATION",
    authorize: (existing) => assertAssessorOf(options.user, existing.target.plan.unitId),
    update: (_, now) => ({ status: "OPEN", returnReason: reason, returnedAt: now }),
    audited: (existing, now) => ({
      before: { returnReason: existing.returnReason },
      after: { returnReason: reason, returnedAt: now.toISOString() },
    }),
  });
}
