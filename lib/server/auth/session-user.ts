/** The signed-in user as every service sees it. */
export type Role = "LEADER" | "SECTION_HEAD" | "ASSESSOR" | "ADMIN";

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  sectionId: string | null;
}

/**
 * Section ownership as part of the database query: a section head's update of a target their section
 * does not own finds nothing. Administrators may write any target of their own unit (the plan leaves some
 * unowned); nobody writes another unit's data (lib/server/auth/unit-scope.ts).
 */
export function writableTargetWhere(user: SessionUser) {
  if (user.role === "ADMIN") return { plan: { unitId: user.unitId } }; // any target of their own unit only
  if (user.role === "SECTION_HEAD" && user.sectionId) return { owners: { some: { sectionId: user.sectionId } } };
  return { id: { in: [] as string[] } };
}

/** The same rule as writableTargetWhere, for showing or hiding the form. */
export function canWriteTarget(user: SessionUser | null, ownerSectionIds: string[]): boolean {
  if (!user) return false;
  if (user.role === "ADMIN") return true;
  return user.role === "SECTION_HEAD" && user.sectionId != null && ownerSectionIds.includes(user.sectionId);
}

/** 不适用 / 暂停: the assessment team or an administrator, of the target's own unit. */
export function canSetApplicability(user: SessionUser | null, unitId: string): boolean {
  return user !== null && (user.role === "ASSESSOR" || user.role === "ADMIN") && user.unitId === unitId;
}
