import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";

/** Administrators keep their own unit's 责任清单 links (as assessors score only their own unit's plan). */
export function canLinkDuties(user: SessionUser | null, unitId: string): boolean {
  return user !== null && user.role === "ADMIN" && user.unitId === unitId;
}

export function assertCanLinkDuties(user: SessionUser, unitId: string): void {
  if (user.role !== "ADMIN") throw new AppError("FORBIDDEN", "只有管理员可以关联指标与职责");
  if (user.unitId !== unitId) throw new AppError("FORBIDDEN", "只能维护本单位的责任清单");
}

/** "5 主管全市高新技术的研究开发…" — a duty or work item as the audit log names it. */
export function auditLabel(seq: number, text: string): string {
  return `${seq} ${text}`;
}
