import { canLinkDuties } from "../access/permissions";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { msg } from "../../i18n/message-text";

/** Administrators keep their own unit's 责任清单 links (lib/server/access/permissions.ts canLinkDuties). */
export function assertCanLinkDuties(user: SessionUser, unitId: string): void {
  if (!canLinkDuties(user, unitId)) throw new AppError("FORBIDDEN", msg("duties.ownUnit"));
}

/** "5 主管全市高新技术的研究开发…" — a duty or work item as the audit log names it. */
export function auditLabel(seq: number, text: string): string {
  return `${seq} ${text}`;
}
