/**
 * Owners for targets the plan left unassigned (#13). The plan names no section for 创新创优 and the four
 * 科技投入与保障 targets, so only an administrator could report them. The bureau may decide who reports such a
 * target; that decision is its own, kept apart from the plan's words (which stay verbatim), and it cannot
 * override a section the plan itself names (the plan editor changes those).
 */
export const MAX_ASSIGNED_SECTIONS = 10;

/** Whether the bureau may assign owners to a target: only where every owner it has is the bureau's (the plan names none). */
export function planNamesNoOwner(target: { owners: readonly unknown[]; assignedOwnerIds: readonly string[] }): boolean {
  return target.owners.length === target.assignedOwnerIds.length;
}

/** Why these sections cannot be assigned to the target, or null. */
export function ownerAssignmentProblem(input: {
  planOwnerCount: number;
  sectionIds: readonly string[];
  unitSectionIds: readonly string[];
}): string | null {
  if (input.planOwnerCount > 0) return "本指标的责任科室由计划书规定，请在“编辑计划”中修改";
  if (input.sectionIds.length > MAX_ASSIGNED_SECTIONS) return `最多指定 ${MAX_ASSIGNED_SECTIONS} 个科室`;
  if (new Set(input.sectionIds).size !== input.sectionIds.length) return "科室重复";
  const known = new Set(input.unitSectionIds);
  if (input.sectionIds.some((id) => !known.has(id))) return "只能指定本单位的科室";
  return null;
}

/** 无人填报: active targets nobody can report, and the points they carry. */
export function unownedTargets<T extends { owners: readonly unknown[]; points: number; applicability: string }>(
  targets: readonly T[],
): { targets: T[]; points: number } {
  const unowned = targets.filter((t) => t.owners.length === 0 && t.applicability === "ACTIVE");
  return { targets: unowned, points: unowned.reduce((sum, t) => sum + t.points, 0) };
}
