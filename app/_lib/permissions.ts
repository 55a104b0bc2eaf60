import { createUserOp } from "../../graphql/operations/users";
import { auditLog } from "../../graphql/operations/audit";
import { importPlanOp } from "../../graphql/operations/plan-admin";
import type { SessionUser } from "../../lib/server/auth/session-user";
import { permits } from "../../lib/server/operations/run-operation";

/**
 * What the signed-in user may do in their own unit, for pages that decide what to show before any query:
 * the same operations and the same rule the API applies (lib/server/operations/run-operation.ts permits).
 */
const ownUnit = (user: SessionUser) => ({ unitId: user.unitId, sectionIds: [] });

export const canManageUsersPage = (user: SessionUser | null) => user !== null && permits(createUserOp, user, ownUnit(user));
export const canImportPlansPage = (user: SessionUser | null) => user !== null && permits(importPlanOp, user, ownUnit(user));
export const canReadAuditPage = (user: SessionUser | null) => user !== null && permits(auditLog, user, ownUnit(user));
