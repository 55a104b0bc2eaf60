import type { Role, SessionUser } from "../auth/session-user";

/**
 * Who may do what, as plain predicates over the signed-in user and the unit (and sections) a resource
 * belongs to. The operation runner (lib/server/operations) asks these before any service runs, and the
 * `viewerCan…` fields and the pages' show/hide decisions ask the very same functions, so the UI can never
 * offer what the API refuses, or hide what it allows. Nothing else in the code base compares roles.
 */
export interface Owned {
  unitId: string;
  /** the sections that own the resource (a target's owners, an item's target's owners); [] when none */
  sectionIds: readonly string[];
}

export const hasRole = (user: SessionUser | null, roles: readonly Role[]): user is SessionUser =>
  user !== null && roles.includes(user.role);

const ofUnit = (user: SessionUser | null, unitId: string): user is SessionUser => user !== null && user.unitId === unitId;

/** Who reads the 操作日志: not the system administrator, who manages accounts (权限分离); the 审计管理员 reads all of it. */
export const AUDIT_READERS: readonly Role[] = ["LEADER", "SECTION_HEAD", "ASSESSOR", "AUDIT_ADMIN"];

/** 考核小组: the assessment team, or an administrator standing in, of the plan's own unit. */
export function canAssess(user: SessionUser | null, unitId: string): boolean {
  return hasRole(user, ["ASSESSOR", "ADMIN"]) && ofUnit(user, unitId);
}

/** Plans, areas, targets, locks, thresholds and duty links: administrators of that unit. */
export function canManagePlans(user: SessionUser | null, unitId: string): boolean {
  return hasRole(user, ["ADMIN"]) && ofUnit(user, unitId);
}

/** User accounts: administrators, within their own unit. */
export function canManageUsers(user: SessionUser | null, unitId: string): boolean {
  return canManagePlans(user, unitId);
}

/**
 * Figures, named items, evidence and the self-assessment of a target: the section heads of a section that owns
 * it, or an administrator of the target's unit (the plan leaves some targets without an owner).
 */
export function canReport(user: SessionUser | null, target: Owned): boolean {
  if (!ofUnit(user, target.unitId)) return false;
  if (user.role === "ADMIN") return true;
  return user.role === "SECTION_HEAD" && user.sectionId !== null && target.sectionIds.includes(user.sectionId);
}

/** 不适用 / 暂停 is the assessment team's decision. */
export const canSetApplicability = canAssess;
/** Colour thresholds are part of the plan's configuration. */
export const canSetThresholds = canManagePlans;
/** Links between targets and the 责任清单 are the unit's own plan administration. */
export const canLinkDuties = canManagePlans;

/**
 * The database form of canReport, for list queries and for services that find "a target this user may write":
 * an update outside one's section finds nothing.
 */
export function reportableTargetWhere(user: SessionUser) {
  if (user.role === "ADMIN") return { plan: { unitId: user.unitId } };
  if (user.role === "SECTION_HEAD" && user.sectionId) {
    return { plan: { unitId: user.unitId }, owners: { some: { sectionId: user.sectionId } } };
  }
  return { id: { in: [] as string[] } };
}
